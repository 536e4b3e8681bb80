"""Azerbaijani "after being held" ("saxlanıldıqdan sonra", "tutulduqdan bəri") is a time, not
what befell the persons counted: the verb after it is their fate ("saxlanıldıqdan sonra
xəbər yoxdur": no word of them since, so disappeared; "… sonra döyülüb": beaten). With no
fate after it, the holding stays theirs. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "2 jurnalistdən sərhəddə saxlanıldıqdan sonra xəbər yoxdur.",
        "2 jurnalist avqustun 3-də tutulduqdan sonra itkin düşüb.",
    ],
)
def test_no_word_since_being_held(text: str) -> None:
    assert claim_fields(text, "az", FIELDS) == [("disappeared", 2)]


def test_the_fate_after_it() -> None:
    text = "9 tələbə saxlanıldıqdan sonra döyülüb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", 9)]


def test_near_miss_no_fate_after_it() -> None:
    text = "9 tələbə saxlanıldıqdan sonra rayon polis şöbəsinə aparılıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", 9)]
