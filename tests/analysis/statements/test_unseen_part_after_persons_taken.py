"""A count not seen since, in the sentence after persons taken, is a part of them and has
disappeared; the whole then keeps its own act. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    "text",
    [
        "Police held some fifty villagers in the stadium. Nine were driven off at dawn and "
        "have not been seen since.",
        "Police held some fifty villagers in the stadium. Nine were put in a van at dawn and "
        "were never seen again.",
    ],
)
def test_the_part_has_disappeared_and_the_whole_stays_held(text):
    assert figures(text) == [("detained", 50, None), ("disappeared", 9, 0)]


def test_nothing_heard_of_a_part_leaves_it_missing_and_the_whole_held():
    # The sets measured on read "nobody has heard from them" of a part as missing; said of
    # the whole alone it would make the whole disappeared.
    text = (
        "Police held some fifty villagers in the stadium. Nine were put in a van at dawn and "
        "nobody has heard from them since."
    )
    assert figures(text) == [("detained", 50, None), ("missing", 9, None)]


@pytest.mark.parametrize(
    "text",
    [
        # Not a part: more than the persons taken.
        "Police held nine villagers in the stadium. Fifty people went missing in the flood and "
        "have not been seen since.",
        # Not near: a paragraph between.
        "Police held some fifty villagers in the stadium.\n\nNine people have not been seen "
        "since the flood.",
    ],
)
def test_a_count_that_is_no_part_is_left_alone(text):
    assert [f[2] for f in figures(text)] == [None, None]
