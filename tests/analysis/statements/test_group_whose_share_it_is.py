"""A group named as the subject of a verb of share ("children accounted for 17 of the
injured", "women made up 40 of those detained") is the subgroup of the part counted after
it; a subject that names no group of persons ("the north accounted for 17 of the injured")
gives none. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, str, int | None, int | None]]:
    claims = read_statement(text, "en").claims
    return [(c.category, c.subgroup, c.count, c.parent) for c in claims]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police detained 85 people at the rally; women made up 20 of those detained.", "women"),
        (
            "Police detained 85 people at the rally. Children accounted for 20 of the detained.",
            "children",
        ),
        (
            "Police detained 85 people at the rally; journalists comprised 20 of those detained.",
            "journalists",
        ),
    ],
)
def test_the_group_whose_share_the_part_is(text, group):
    assert _read(text) == [("detained", "all", 85, None), ("detained", group, 20, 0)]


def test_a_subject_that_names_no_group_gives_none():
    text = "Police detained 85 people at the rally; the capital accounted for 20 of those detained."
    assert _read(text) == [("detained", "all", 85, None), ("detained", "all", 20, 0)]
