""" "In 2019 there were 12 deaths in custody; in 2020 there were 19": a bare number after
"there were", in a sentence whose earlier "there were" counted an act, counts that act again.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "parent"))


def test_the_noun_left_out_the_second_time():
    text = (
        "In the first quarter there were 7 deaths in police cells, and in the second there were 11."
    )
    assert _read(text) == [("killed", 7, None), ("killed", 11, None)]


def test_near_miss_a_count_of_its_own_noun():
    text = "There were 7 deaths in police cells. There were 11 inspections."
    assert _read(text) == [("killed", 7, None)]


def test_the_perfect_tense():
    text = "This year there have been 5 deaths in custody; last year there had been 8."
    assert _read(text) == [("killed", 5, None), ("killed", 8, None)]
