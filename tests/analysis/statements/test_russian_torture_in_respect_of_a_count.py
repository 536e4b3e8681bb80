"""Russian «пытки в отношении 57 человек»: torture named by its noun, with those it was done to
counted after «в отношении», counts the tortured, whatever verb reports it («задокументировали»,
«зафиксированы»). «Пытки» with no one counted after it (torture in general) counts no one.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


def test_torture_documented_in_respect_of_a_count():
    text = "Наблюдатели задокументировали пытки в отношении 57 человек, из них трое скончались."
    assert _read(text) == [("tortured", 57, None), ("killed", 3, 0)]


def test_near_miss_torture_in_general():
    text = "Пытки в отношении задержанных недопустимы, напомнили 14 депутатов."
    assert _read(text) == []
