"""Persons taken away with "apar-" in Azerbaijani: by the police or security forces they
were detained, by anyone else captured; only a count in the accusative was taken
("müsahibə aparıb" with persons in the instrumental takes no one). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier", "parent"))


def test_taken_by_the_police_are_detained():
    text = "Dünən axşam polis meydandan 30-a yaxın gənci apardı."
    assert _read(text) == [("detained", "all", 30, "about", None)]


def test_taken_by_security_officers_in_the_pluperfect():
    text = "Təhlükəsizlik xidmətinin əməkdaşları kənddən 8 kişini aparmışdır."
    assert _read(text) == [("detained", "men", 8, "exact", None)]


def test_taken_by_armed_men_are_captured():
    text = "Silahlı dəstə gecə saatlarında 11 sakini aparıb."
    assert _read(text) == [("captured", "all", 11, "exact", None)]


def test_near_miss_interviews_held_with_persons():
    assert _read("Polis əməkdaşları 45 sakinlə söhbət aparıblar.") == []


def test_near_miss_the_police_in_another_case():
    text = "Silahlılar polisə məlumat verən 4 nəfəri aparıblar."
    assert _read(text) == [("captured", "all", 4, "exact", None)]


def test_taken_then_nothing_heard_of_them_the_sentence_after():
    # No news of them since the taking: led away unseen (``led_away_unseen``).
    text = "Naməlum silahlılar 7 kişini aparıb. O gündən onlardan xəbər yoxdur."
    assert _read(text) == [("disappeared", "men", 7, "exact", None)]


def test_near_miss_taken_then_something_else_said():
    text = "Naməlum silahlılar 7 kişini aparıb. Kənddə vəziyyət gərgindir."
    assert _read(text) == [("captured", "men", 7, "exact", None)]


def test_taken_to_a_police_station_are_detained():
    text = "Mülki geyimli şəxslər 14 nəfəri avtobusa mindirib rayon polis şöbəsinə apardılar."
    assert _read(text) == [("detained", "all", 14, "exact", None)]


def test_brothers_taken_are_men():
    text = "Gecə evə girib atamı və iki qardaşımı apardılar."
    assert _read(text) == [("captured", "men", 2, "exact", None)]


def test_near_miss_a_talk_held_with_sons():
    assert _read("Jurnalistlər onun iki oğlu ilə müsahibə aparıblar.") == []


def test_taken_by_the_ministry_named_by_its_initials():
    assert _read("DİN kənddən 6 nəfəri aparıb.") == [("detained", "all", 6, "exact", None)]


def test_near_miss_civilians_are_no_ministry():
    # "dinc" (peaceful) begins as the initials of the ministry (DİN) do.
    text = "Dinc sakinlərdən 7 nəfəri silahlılar aparıb."
    assert _read(text) == [("captured", "all", 7, "exact", None)]


def test_a_taking_told_in_reported_speech():
    # The verbal noun "apardığını" (that they took away), its subject in the genitive.
    text = "Şahid silahlıların kənddən 12 kişini apardığını deyib."
    assert _read(text) == [("captured", "men", 12, "exact", None)]


def test_a_taking_by_the_police_told_in_reported_speech_is_a_detention():
    text = "Qonşular polisin 9 gənci rayon mərkəzinə apardıqlarını bildiriblər."
    assert _read(text) == [("detained", "all", 9, "exact", None)]


def test_near_miss_a_search_carried_out_in_reported_speech():
    # "apar-" of a search carried out for persons in the genitive takes no one.
    assert _read("Komissiya 54 nəfərin axtarışını apardığını bildirib.") == []
