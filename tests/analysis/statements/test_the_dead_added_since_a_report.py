"""A toll as it was spoken of before («вчера говорили о семи») is an earlier figure, no part
of the toll now, even where "more" added since («ещё двоих») makes up the difference; the
dead added so that were brought out of ruins («из-под завалов достали ещё двоих») were
found dead. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


def test_a_toll_spoken_of_before_is_no_part_of_the_toll_now():
    text = "Погибли одиннадцать человек. Утром говорили о семи, но днём умерли ещё четверо."
    assert figures(text) == [("killed", 11, None), ("killed", 7, None), ("killed", 4, 0)]


def test_the_dead_brought_out_of_the_ruins_were_found():
    text = "Погибли одиннадцать человек. Утром говорили о семи, но из-под завалов достали ещё четверых."
    assert figures(text) == [("killed", 11, None), ("killed", 7, None), ("found_dead", 4, 0)]


def test_parts_that_add_up_stay_parts():
    text = "Погибли одиннадцать человек. Семеро погибли на месте, ещё четверо умерли в больнице."
    assert figures(text) == [("killed", 11, None), ("killed", 7, 0), ("killed", 4, 0)]
