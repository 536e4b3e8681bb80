"""A count set off by a comma after a group named with the definite article and no number
("they released the women, nine of them", "let the old men go, six of them") counts that
group: its "of them" takes the group, so the count has the act of its own clause and the
group's subgroup, not the act of a whole counted before. A noun that names no group ("the
detainees, nine of them") leaves the "of them" to the whole before. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, str, int | None]]:
    return [(c.category, c.subgroup, c.count) for c in read_statement(text, "en").claims]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Troops detained 45 people. The next day they released the women, nine of them.",
         "women"),
        ("Troops detained 45 people. The next day they let the old men go, nine of them.",
         "elderly"),
    ],
)  # fmt: skip
def test_of_them_after_a_group_counts_the_group(text, group):
    assert _read(text) == [("detained", "all", 45), ("released", group, 9)]


def test_of_them_after_a_noun_of_no_group_counts_the_whole_before():
    text = "Troops detained 45 people. The next day they moved the detainees, nine of them."
    assert ("released", "all", 9) not in _read(text)
    assert _read(text)[0] == ("detained", "all", 45)
