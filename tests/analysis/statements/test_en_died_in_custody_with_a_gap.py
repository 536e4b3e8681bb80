"""Died in custody: the custody is where they died, no holding of its own, so a number after
it whose verb is left out ("… in 2019 and 7 in 2021") died too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_second_year_of_deaths_in_custody():
    text = "Four prisoners died in custody in 2019 and 7 in 2021."
    assert _read(text) == [
        ("killed", "all", 4, "exact", None),
        ("killed", "all", 7, "exact", None),
    ]


def test_deaths_in_police_custody():
    text = "At least 30 people died in police custody last year."
    assert _read(text) == [("killed", "all", 30, "at_least", None)]


def test_near_miss_remaining_in_custody_is_held():
    text = "Twelve men remain in custody."
    assert _read(text) == [("detained", "men", 12, "exact", None)]
