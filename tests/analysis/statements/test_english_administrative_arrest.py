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


def test_a_part_of_those_detained_after_the_arrest_is_of_all_the_detained():
    text = (
        "Police detained 900 people. 150 were placed under administrative arrest. "
        "Fewer than 20 of those detained were under 18, and about 40 of the detainees "
        "were students."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 900, None),
        ("detained", "all", 150, 0),
        ("detained", "children", 20, 0),
        ("detained", "students", 40, 0),
    ]


def test_near_miss_a_part_of_these_after_the_arrest_is_of_the_arrested():
    text = (
        "Police detained 900 people. 150 were placed under administrative arrest; "
        "of these, 12 were women. Fewer than 20 of these were under 18."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "all", 900, None),
        ("detained", "all", 150, 0),
        ("detained", "women", 12, 1),
        ("detained", "children", 20, 1),
    ]
