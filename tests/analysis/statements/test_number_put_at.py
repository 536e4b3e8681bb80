"""A count word fronted in a relative clause whose verb of estimating puts it at a number
("whose number they put at eleven", "a toll the ministry puts at 34") restates the count of
the latest figure, as "the UN puts the number at 900" does. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier", "parent"))


def test_whose_number_they_put_at():
    text = (
        "The Government said that six persons had died in the clashes. The families said "
        "that all who died that night, whose number they put at fifteen, were unarmed."
    )
    assert _read(text) == [("killed", 6, "exact", None), ("killed", 15, "exact", None)]


def test_a_toll_the_ministry_estimates_at():
    text = "At least 20 people were injured on Sunday, a toll the ministry later estimated at 35."
    assert _read(text) == [("injured", 20, "at_least", None), ("injured", 35, "exact", None)]


def test_near_miss_a_cost_put_at_is_no_count():
    text = (
        "At least 20 people were injured on Sunday; the ministry put the cost at 35 million dinars."
    )
    assert _read(text) == [("injured", 20, "at_least", None)]
