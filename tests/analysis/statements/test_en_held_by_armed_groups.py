"""English: persons "held by armed groups", "by gunmen", "by the militants" are held by those
who take captives, not by those who detain: captured, with the parts told with them, however
the holding is hedged ("are believed to be held by"). Held by soldiers or by the police stays
detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_persons_believed_held_by_armed_groups_are_captured():
    text = "Up to 90 people are believed to be held by armed groups in the hills."
    assert claim_fields(text, "en", FIELDS) == [("captured", "all", 90)]


def test_a_part_told_with_those_held_by_armed_groups_is_captured_too():
    text = "About 90 people are held by armed groups in the hills, among them 12 women."
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", "all", 90),
        ("captured", "women", 12),
    ]


def test_persons_still_being_held_by_the_militants_are_captured():
    text = "Some 40 civilians are still being held by the militants."
    assert [c[0] for c in claim_fields(text, "en", FIELDS)] == ["captured"]


def test_near_miss_held_by_soldiers_or_the_police_stays_detained():
    text = (
        "Twenty men were held by soldiers in the school gym. 12 activists were held by the "
        "police for two days."
    )
    assert [c[0] for c in claim_fields(text, "en", FIELDS)] == ["detained", "detained"]
