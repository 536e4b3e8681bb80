"""«Обвинение предъявлено пятерым охранникам, двое из них арестованы»: some «of them» right
after a count of the accused are accused too; their arrest or custody is no figure. A part of
victims so said stays a figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


def test_the_arrested_of_the_accused_are_no_figure():
    text = "По делу о пытках обвинение предъявлено семи охранникам, пятеро из них арестованы."
    assert _read(text) == []


def test_after_a_semicolon():
    text = "Обвинения в убийстве предъявлены троим бойцам; двое из них взяты под стражу."
    assert _read(text) == []


def test_near_miss_a_part_of_the_detained_is_a_figure():
    text = "На площади полиция задержала 30 человек, пятеро из них избиты."
    assert _read(text) == [("detained", 30, None), ("tortured", 5, 0)]
