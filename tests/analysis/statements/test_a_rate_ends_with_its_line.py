"""A mean or a time of each makes a rate of the counts of its own clause only, and a line
break ends a clause as a full stop does: the items of a list are written without one. So
"- 52 freed, after an average of 40 days" leaves the next item's count a count. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_item_after_a_mean_is_still_counted():
    text = (
        "Findings\n"
        "- 52 students have since been released, after an average of 40 days in custody\n"
        "- 17 of those released told us they had been beaten\n"
        "- 3 were later found dead"
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("released", 52, None),
        ("tortured", 17, 0),
        ("found_dead", 3, None),
    ]


def test_a_mean_on_the_counts_own_line_is_still_a_rate():
    # Near miss: the mean is in the count's own line.
    text = "Findings\n- an average of 12 people were detained each week\n- 3 were later found dead"
    assert claim_fields(text, "en", FIELDS) == [("found_dead", 3, None)]
