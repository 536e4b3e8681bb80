"""Relatives who gave blood or DNA reference samples are counted to identify the dead, and are
no victims: their count takes no fate from the identified counted before them, in any of the
three languages. In Azerbaijani the number is "sayı" after a noun in the genitive ("ailə
üzvlərinin sayı 8 200-ü keçib"), which counts what that noun names, known to the lexicon or
not; a pronoun before it ("onların sayı") still restates the count before. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


def test_azerbaijani_relatives_who_gave_samples_after_the_identified():
    text = (
        "Çıxarılan 58 nəfərin qalıqlarından 31-nin şəxsiyyəti DNT ilə müəyyən edilib. "
        "Qan nümunəsi təqdim etmiş qohumların sayı 4 700-ü ötüb."
    )
    assert _read(text, "az") == [("found_dead", 58, None), ("identified", 31, 0)]


def test_azerbaijani_number_of_a_noun_the_lexicon_does_not_know():
    text = "İndiyədək 40 nəfərin şəxsiyyəti müəyyənləşdirilib. Könüllülərin sayı 300-dür."
    assert _read(text, "az") == [("identified", 40, None)]


def test_azerbaijani_near_miss_their_number_restates_the_count():
    text = "İndiyədək 40 nəfərin şəxsiyyəti müəyyənləşdirilib. Onların sayı 55-ə çatıb."
    assert [c[:2] for c in _read(text, "az")] == [("identified", 40), ("identified", 55)]


def test_english_relatives_who_gave_samples_after_the_identified():
    text = (
        "Of the 58 bodies recovered, 31 were identified by DNA. The number of relatives "
        "who have given blood samples passed 4,700."
    )
    assert [c for c in _read(text, "en") if c[1] == 4700] == []


def test_russian_relatives_who_gave_samples_after_the_identified():
    text = (
        "Из 58 эксгумированных тел 31 опознано по ДНК. Число родственников, сдавших "
        "образцы крови, превысило 4 700."
    )
    assert [c for c in _read(text, "ru") if c[1] == 4700] == []
