"""An Azerbaijani part said in a clause of being governed by a verb of saying or knowing
("6-sının qadın olduğu bildirilib", that six of them are women was reported; "… olduğu
dəqiqləşdirilib", was made certain) has no verb of its own: it is a part of its whole, of
its whole's fate. A part with a verb of its own that names no act ("20-si cərimələnib", fined)
is not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_part_that_was_reported_to_be_women():
    text = "Polis 48 nəfəri saxlayıb. Saxlanılanlardan 9-unun qadın olduğu bildirilib."
    assert _read(text) == [("detained", "all", 48, None), ("detained", "women", 9, 0)]


def test_part_that_was_made_certain_to_be_children():
    text = "Silahlı dəstə 30 nəfəri girov götürüb. Onlardan 7-sinin uşaq olduğu dəqiqləşdirilib."
    assert _read(text) == [("captured", "all", 30, None), ("captured", "children", 7, 0)]


def test_part_said_to_be_women_in_the_accusative():
    # "olduğunu": the clause as the object of "deyib"; "qadın" is what the two were.
    text = "Şahid yolda 6 cəsəd gördüyünü, onlardan ikisinin qadın olduğunu deyib."
    assert _read(text) == [("found_dead", "all", 6, None), ("found_dead", "women", 2, 0)]


def test_near_miss_part_with_a_verb_of_its_own():
    text = "Polis 48 nəfəri saxlayıb. Onlardan 20-si cərimələnib."
    assert _read(text) == [("detained", "all", 48, None)]
