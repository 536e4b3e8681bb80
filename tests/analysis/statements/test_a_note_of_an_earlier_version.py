"""A wire's bracketed note that tells of an earlier version of the story, or of a figure
misspoken, is a note of correction: the figure it gives again in the same terms as the lead
is one figure, not two. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")
LEAD = "Troops fired on marchers in Belt on Friday, killing at least 14 protesters, medics said."


@pytest.mark.parametrize(
    "note",
    [
        "(An earlier version of this story said 41 people had been killed. The ministry later "
        "said the figure was 14.)",
        "(The ministry said its spokesman had misspoken and that the figure was 14.)",
    ],
)
def test_the_figure_said_again_in_the_note_is_one(note):
    found = claim_fields(f"{LEAD}\n\n{note}", "en", FIELDS)
    assert found == [("killed", "protesters", 14, "at_least")]


def test_near_miss_a_bracket_that_is_no_note():
    found = claim_fields(f"{LEAD}\n\n(The ministry later said the figure was 14.)", "en", FIELDS)
    assert ("killed", "protesters", 14, "exact") in found
