"""«у шестерых избитых — переломы»: the dash stands for the verb left out between the persons
named by their fate and the injury they have; they are injured, a part of that fate's count.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_injured_part_of_the_beaten():
    assert _read("Охранники избили 25 заключённых; у семерых избитых — переломы рёбер.") == [
        ("tortured", "all", 25, None),
        ("injured", "all", 7, 0),
    ]


def test_injured_part_of_the_released():
    assert _read("Вчера освобождены 18 заложников. У пятерых освобождённых — ранения.") == [
        ("released", "all", 18, None),
        ("injured", "all", 5, 0),
    ]
