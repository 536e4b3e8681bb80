"""Persons taken of whom the rest of their sentence or the next says nothing has been heard
since ("Their relatives have had no news of them since", "no one has heard from them since")
have disappeared. What is said next of others ("We have not heard from the ministry since"),
or a release, leaves the taking as it was. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.count) for c in read_statement(text, "en").claims]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 15 villagers on the Kelt road on 3 May. Their relatives have had no news "
        "of them since.",
        "Troops arrested 15 farmers on the Kelt road, and no one has heard from them since.",
    ],
)
def test_taken_and_not_heard_of_since(text):
    assert _read(text)[0] == ("disappeared", 15)


@pytest.mark.parametrize(
    "text",
    [
        "Troops arrested 15 farmers on the Kelt road. We have not heard from the governor since.",
        "Troops arrested 15 farmers on the Kelt road. A week later they were freed.",
    ],
)
def test_what_is_said_of_others_leaves_the_taking(text):
    assert _read(text) == [("detained", 15)]


def test_taken_and_never_came_back():
    # Written here: never back from where they were taken.
    text = "Soldiers took away six men from the village, and they never came back."
    assert _read(text) == [("disappeared", 6)]


def test_near_miss_fled_and_never_came_back():
    # Written here: no one took them; they left and did not return.
    text = "Some 300 residents fled the village and never came back."
    assert _read(text) == [("displaced", 300)]


def test_taken_and_not_seen_again_of_whom_some_bodies_were_found():
    text = (
        "Gunmen took away nine fishermen and we never saw them again. "
        "In May the bodies of two of the nine were found on the shore."
    )
    claims = read_statement(text, "en").claims
    assert [(c.category, c.count, c.parent) for c in claims] == [
        ("disappeared", 9, None),
        ("found_dead", 2, 0),
    ]


def test_near_miss_taken_and_not_seen_again_of_whom_some_were_released():
    text = (
        "Gunmen took away nine fishermen and we never saw them again. "
        "In May two of the nine were released."
    )
    assert _read(text)[0] == ("captured", 9)
