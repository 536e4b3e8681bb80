"""A count with only "critical" after it, where a clause ends ("hospital says 3 critical",
"2 critical, the rest stable"), is a degree of harm, as "in a critical condition" is: a part
of the hurt counted just before it. "Critical" said of something else ("3 critical
infrastructure sites", "the next 48 hours are critical") counts no one. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent", "as_stated")


def test_a_count_said_critical_is_a_part_of_the_wounded_before():
    text = "Wounded now 30+, hospital says 4 critical. More updates later."
    assert claim_fields(text, "en", FIELDS) == [
        ("injured", 30, None, "Wounded now 30+"),
        ("injured", 4, 0, "4 critical"),
    ]


def test_a_count_said_critical_in_a_list():
    text = "Ambulances took 16 people to hospital; 2 critical, the rest stable."
    assert claim_fields(text, "en", FIELDS) == [("injured", 2, None, "2 critical")]


def test_near_miss_critical_said_of_things_or_times_counts_no_one():
    text = (
        "Officials said 3 critical infrastructure sites were hit and 12 people injured. "
        "The next 48 hours are critical."
    )
    assert claim_fields(text, "en", FIELDS) == [("injured", 12, None, "12 people injured")]
