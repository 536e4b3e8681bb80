"""Those of a whole who survived or were found alive ("only one of the 9 hostages survived",
"2 of the 31 missing villagers have been found alive") are no figure: the predicate is the
part's, so the whole keeps the figure its own noun gives and is not dropped as found alive.
A part with a fate of its own stays a part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Only one of the 9 hostages survived the raid.", ("captured", 9, None)),
        ("Four of the 9 hostages were found alive on Friday.", ("captured", 9, None)),
        ("Only 2 of the 31 missing villagers have been found alive.", ("missing", 31, None)),
    ],
)
def test_the_survivors_are_no_figure_and_the_whole_stays(text, whole):
    assert _read(text) == [whole]


def test_those_who_survived_alone_are_no_figure():
    assert _read("Eleven passengers survived the crash.") == []


def test_a_part_with_a_fate_of_its_own_stays():
    text = "Four of the 9 hostages were released on Friday."
    assert _read(text) == [("released", 4, 1), ("captured", 9, None)]


def test_a_russian_part_found_alive_said_before_its_count():
    """«живыми найдены лишь 12»: the fate said first is the part's own, no figure."""
    text = "Из 64 человек, пропавших во время наводнения, живыми найдены лишь 9."
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [("missing", 64, None)]


def test_near_miss_a_russian_part_found_dead_said_before_its_count():
    text = "Из 64 человек, пропавших во время наводнения, мёртвыми найдены 9."
    assert ("missing", 9, 0) not in claim_fields(text, "ru", ("category", "count", "parent"))
