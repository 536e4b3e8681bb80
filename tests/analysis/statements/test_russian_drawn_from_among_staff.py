"""Russian: in a humanitarian statement, persons named by their task and drawn «из числа» the
staff or volunteers («двое сопровождающих из числа сотрудников миссии») are aid workers; drawn
from among anyone else (refugees) they are not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Конвой гуманитарной миссии обстреляли: двое сопровождающих из числа сотрудников миссии ранены.",
        "Конвой гуманитарной миссии обстреляли: двое сопровождающих из числа волонтёров ранены.",
    ],
)
def test_those_drawn_from_among_staff_are_aid_workers(text):
    assert figures(text) == [("injured", "aid workers", 2)]


def test_those_drawn_from_among_others_are_not():
    text = "Конвой гуманитарной миссии обстреляли: двое пассажиров из числа беженцев ранены."
    assert figures(text) == [("injured", "all", 2)]
