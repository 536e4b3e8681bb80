"""A Russian count of cases whose information could not be verified («в 11 случаях
информацию не удалось проверить», «ещё 9 случаев предстоит проверить») is not yet a figure
of the act counted before, as cases "being verified" are not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "За месяц в районе погибли 38 человек. В 11 случаях сведения не удалось проверить.",
        "Ранены 52 человека. Ещё 9 случаев нам предстоит проверить.",
    ],
)
def test_cases_still_to_verify_are_no_figure(text):
    assert len(claim_fields(text, "ru", FIELDS)) == 1


def test_cases_said_of_a_part_stay():
    """Near miss: cases that say who died are a part of the dead."""
    text = "За месяц в районе погибли 38 человек. В 6 случаях погибшими были дети."
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 38, None),
        ("killed", "children", 6, 0),
    ]
