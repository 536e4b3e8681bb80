"""After a colon that follows a death, bare numbers told by what they died of or how ("Nine
died: four from gunshot wounds and five after being hit by trucks") are parts of the dead:
the wounds they died of are no injuries of their own, and a number whose verb is left out
counts the same fate. After a count of the hurt, the same words are injuries; counts told by
where they died ("5 in Tarn") stay no parts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_parts_of_the_dead_from_wounds_and_after_an_accident():
    text = "Nine miners died: four from gunshot wounds and five after being hit by trucks."
    assert _read(text) == [
        ("killed", "miners", 9, "exact", None),
        ("killed", "miners", 4, "exact", 0),
        ("killed", "miners", 5, "exact", 0),
    ]


def test_parts_of_the_dead_by_how_they_died():
    text = "Eight pilgrims died: five from burns and three after the roof fell."
    assert _read(text) == [
        ("killed", "all", 8, "exact", None),
        ("killed", "all", 5, "exact", 0),
        ("killed", "all", 3, "exact", 0),
    ]


def test_near_miss_counts_by_where_they_died_are_no_parts():
    text = "Eight pilgrims died: five in the fire and three in the river."
    assert not any(claim[2] == 3 for claim in _read(text))


def test_near_miss_parts_of_the_hurt_stay_hurt():
    text = "Twelve were hurt: four from gunshot wounds and eight from tear gas."
    assert _read(text) == [
        ("injured", "all", 12, "exact", None),
        ("injured", "all", 4, "exact", 0),
        ("injured", "all", 8, "exact", 0),
    ]


def test_near_miss_parts_that_exceed_the_dead_are_not_its_parts():
    text = "Three guards died: 40 in the fire and 12 in the river."
    assert all(claim[4] is None for claim in _read(text))
