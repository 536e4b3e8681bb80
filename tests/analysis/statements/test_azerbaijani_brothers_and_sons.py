"""Brothers and sons counted by an Azerbaijani numeral ("onun üç oğlu", "iki qardaşını") are
men, as statements count them; boys ("oğlan") stay boys. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_sons_killed():
    text = "Şahidin sözlərinə görə, kənd müəlliminin üç oğlu güllələnib."
    assert _read(text) == [("killed", "men", 3, None)]


def test_brothers_among_those_taken():
    text = "Silahlılar 9 nəfəri, o cümlədən iki qardaşımı girov götürüblər."
    assert _read(text) == [("captured", "all", 9, None), ("captured", "men", 2, 0)]


def test_near_miss_boys_are_boys():
    assert _read("Partlayışda iki oğlan yaralanıb.") == [("injured", "boys", 2, None)]
