"""English witnesses count the persons taken after the act, in words of their own: "They
arrested all the men in the square. I think there were about sixty." The headcount opened by
"there were" counts those the act before took; persons only gathered somewhere ("We hid in
the cellar. There were fifteen of us.") are no figure. And a part that took its whole's fate
for want of its own, set after the clause of its act ("…, all eight of them"), takes that act.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_there_were_after_an_arrest_of_a_group():
    text = "The soldiers arrested all the men at the mill. I think there were about forty."
    assert _read(text) == [("detained", "men", 40, "about", None)]


def test_the_parts_told_after_count_from_the_headcount():
    text = (
        "The police arrested all the men at the mill. There were about forty. "
        "Nine came back after two weeks."
    )
    assert _read(text) == [
        ("detained", "men", 40, "about", None),
        ("released", "men", 9, "exact", 0),
    ]


def test_there_were_after_an_abduction_in_the_same_sentence():
    text = "Gunmen abducted the passengers of the minibus; there were 14 of them."
    assert _read(text) == [("captured", "all", 14, "exact", None)]


def test_a_part_after_its_act_takes_that_act():
    text = (
        "The police arrested all the men at the mill. There were about forty. Nine came back "
        "after two weeks. They said they had been beaten, all nine of them, with batons."
    )
    assert _read(text) == [
        ("detained", "men", 40, "about", None),
        ("released", "men", 9, "exact", 0),
        ("tortured", "men", 9, "exact", 1),
    ]


def test_near_miss_persons_only_gathered():
    text = "We hid in the cellar of the bakery. There were maybe fifteen of us."
    assert _read(text) == []


def test_near_miss_persons_made_to_lie_down():
    text = "The soldiers made all the men lie down on the road. There were about forty of us."
    assert _read(text) == []


def test_near_miss_none_said_now():
    text = "The police arrested all the men at the mill. Now there are no men left in the village."
    assert _read(text) == []


def test_near_miss_a_new_paragraph():
    text = "The police arrested all the men at the mill.\n\nThere were about forty of us at the wedding."
    assert _read(text) == []


def test_near_miss_a_part_in_a_clause_that_counts_its_whole():
    text = "Eleven prisoners died in custody in May, three of them in the punishment block."
    assert _read(text) == [
        ("killed", "all", 11, "exact", None),
        ("killed", "all", 3, "exact", 0),
    ]


def test_a_part_after_its_act_with_its_whole_counted_before():
    text = (
        "Police detained 12 men at the mill. Nine were released after two weeks. "
        "They said they had been beaten, all nine of them."
    )
    assert _read(text) == [
        ("detained", "men", 12, "exact", None),
        ("released", "men", 9, "exact", 0),
        ("tortured", "men", 9, "exact", 1),
    ]
