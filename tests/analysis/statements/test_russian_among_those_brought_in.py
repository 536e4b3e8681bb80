"""«Среди доставленных», «из доставленных» (of those brought in, to a police station or to a
hospital): the part is of the figure before, whatever its act, and a fate after the
participle («из доставленных раненых») is the whole's. Patients discharged («выписаны домой»)
were hurt. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("В отделения полиции доставлены 75 человек. Среди доставленных — 4 журналиста.",
         "detained"),
        ("В больницу доставлены 75 человек. Из числа доставленных 4 журналиста.", "injured"),
    ],
)  # fmt: skip
def test_among_those_brought_in_is_a_part_of_the_figure_before(text, category):
    assert figures(text) == [(category, "all", 75, None), (category, "journalists", 4, 0)]


def test_near_miss_those_brought_in_named_by_no_marker_stay_apart():
    text = "В отделения полиции доставлены 75 человек. Ещё 4 журналиста доставлены в суд."
    assert figures(text)[0] == ("detained", "all", 75, None)
    assert all(f[3] is None for f in figures(text))


def test_the_fate_after_the_participle_is_the_wholes():
    text = "В больницу доставлены 52 раненых. Пятеро из доставленных раненых умерли ночью."
    assert figures(text) == [("injured", "all", 52, None), ("killed", "all", 5, 0)]


def test_the_discharged_of_the_admitted_are_hurt():
    text = "За ночь в больницу поступили 52 пострадавших. 30 из поступивших выписаны домой."
    assert figures(text) == [("injured", "all", 52, None), ("injured", "all", 30, 0)]


def test_near_miss_papers_written_out():
    text = "За ночь патрули выписали 52 штрафа водителям."
    assert figures(text) == []
