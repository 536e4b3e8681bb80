"""A clause between commas that only describes what was counted ("home to some 900 pupils",
"which had 40 beds", «где лечились 300 человек», «в которых жили 500 семей») stands between
a count and its verb as words, and its own numbers are no counts: the verb after it is the
count's before it, not theirs. Sentences written here. (Azerbaijani puts such clauses before
the noun, where they stand in no count's way.)"""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two schools, home to some 900 pupils before the war, were destroyed.", "en"),
        ("Two schools in the old town, which had 900 pupils, were destroyed.", "en"),
        ("Две школы, где до войны учились 900 детей, были разрушены.", "ru"),
        ("Две школы, в которых учились 900 детей, разрушены.", "ru"),
    ],
)
def test_the_verb_after_a_description_is_the_counts_before_it(text, language):
    assert figures(text, language) == [("property_destroyed", "schools", 2)]


def test_a_list_of_parts_between_commas_is_no_description():
    text = "Погибли 12 человек, в том числе 5 детей, и ранены 30."
    assert figures(text, "ru") == [
        ("killed", "all", 12),
        ("killed", "children", 5),
        ("injured", "all", 30),
    ]


def test_a_comment_on_a_figure_between_commas():
    text = "The attack killed 12 people, which was the worst toll this year, and wounded 30."
    assert figures(text, "en") == [("killed", "all", 12), ("injured", "all", 30)]
