"""A list of counts between dashes after a noun with no count of its own ("The victims —
four men and a boy — were executed") takes the verb after the closing dash, each item its
own figure. Things so listed get no fate of persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier"))


def test_the_verb_after_the_closing_dash():
    text = "The victims — five men and three women — were shot at the edge of the field."
    assert _read(text) == [
        ("killed", "men", 5, "exact"),
        ("killed", "women", 3, "exact"),
    ]


def test_near_miss_things_listed_between_dashes():
    text = "The convoy — 12 trucks and 3 buses — was stopped at the bridge."
    assert _read(text) == []
