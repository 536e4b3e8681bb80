"""A count whose verb of harm is denied ("20 passengers were not hurt", «не пострадали»,
"xəsarət almayıb") counts those spared: no figure. A "none" stays a zero. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_english_not_hurt():
    text = "Two people died; the other 31 passengers were not hurt."
    assert _read(text, "en") == [("killed", "all", 2, None)]


def test_russian_not_hurt():
    text = "Двое человек погибли, 31 пассажир не пострадал."
    assert _read(text, "ru") == [("killed", "all", 2, None)]


def test_azerbaijani_not_hurt():
    text = "İki nəfər həlak olub, 31 sərnişin xəsarət almayıb."
    assert _read(text, "az") == [("killed", "all", 2, None)]


def test_near_miss_none_hurt_is_a_zero():
    assert _read("None of the 31 passengers was hurt.", "en") == [("injured", "all", 0, None)]


def test_arrest_denied_of_a_count():
    text = "The ministry said the 31 students had not been arrested but questioned."
    assert _read(text, "en") == []


def test_russian_arrest_denied_of_a_count():
    text = "Полиция утверждает, что 31 студент не был задержан."
    assert _read(text, "ru") == []


def test_near_miss_release_denied_is_still_held():
    text = "Police detained 31 students; 12 of them have not been released."
    assert [f[2:] for f in _read(text, "en")] == [(31, None), (12, 0)]
    assert [f[0] for f in _read(text, "en")] == ["detained", "detained"]
