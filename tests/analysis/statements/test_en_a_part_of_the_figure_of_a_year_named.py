"""A part whose marker names a year ("two of the 2024 deaths") is of the figure said of that
year ("… and 13 in 2024"), not of the latest figure or the first. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


_TWO_YEARS = "Four prisoners died in custody in 2019 and 7 in 2021; "


def test_a_part_of_the_later_year():
    text = _TWO_YEARS + "two of the 2021 deaths were recorded as suicides."
    assert _read(text) == [
        ("killed", "all", 4, "exact", None),
        ("killed", "all", 7, "exact", None),
        ("killed", "all", 2, "exact", 1),
    ]


def test_a_part_of_the_earlier_year():
    text = _TWO_YEARS + "two of the 2019 deaths were recorded as suicides."
    assert _read(text)[2] == ("killed", "all", 2, "exact", 0)


def test_near_miss_no_year_named():
    text = _TWO_YEARS + "two of the deaths were recorded as suicides."
    assert _read(text)[2] == ("killed", "all", 2, "exact", 0)
