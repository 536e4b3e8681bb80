"""English persons placed under administrative arrest after a detention ("95 were placed under
administrative arrest") were given it by a court once detained: a part of the detained counted
before them, as Russian's arrested for days are. A later detention with no such word is a
figure of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_placed_under_administrative_arrest_are_of_the_detained():
    text = (
        "Police detained 640 people after the march. On Monday, 95 were placed under "
        "administrative arrest for up to ten days."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 640, None),
        ("detained", "all", 95, 0),
    ]


def test_near_miss_a_later_detention_is_its_own_figure():
    text = "Police detained 640 people after the march. On Monday, 95 more were detained in Orl."
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 640, None),
        ("detained", "all", 95, None),
    ]
