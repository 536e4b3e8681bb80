"""English school years and classes written with a capital before their number ("Year 7",
"Grade 8") number a class, as "Room 14" numbers a room: no persons counted. A count after a
class named so still counts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_a_school_year_after_a_verb_of_dying_is_no_toll():
    text = "The janitor was killed while he was leading Year 5 out of the hall."
    assert _read(text) == []


def test_a_grade_named_before_a_count_leaves_the_count():
    text = "In Grade 6, 14 pupils were injured by glass."
    assert _read(text) == [("injured", "children", 14)]


def test_near_miss_the_year_before_a_count_in_lower_case():
    text = "Last year 35 people were killed in the district."
    assert _read(text) == [("killed", "all", 35)]
