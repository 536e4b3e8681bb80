"""«Среди доставленных», «из доставленных» (of those brought in, to a police station or to a
hospital): the part is of the figure before, whatever its act. Sentences written here."""

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
