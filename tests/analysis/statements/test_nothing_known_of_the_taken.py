"""Persons taken of whom there is "no information" or "no news" disappeared; persons taken,
with nothing said of what is known, stay captured. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_no_information_on_persons_pushed_into_a_van():
    text = "Neighbours say there is still no information on 3 people bundled into an unmarked van."
    assert _read(text) == [("disappeared", "all", 3)]


def test_persons_pushed_into_a_van_are_captured():
    assert _read("Gunmen pushed 3 people into a van outside the dormitory.") == [
        ("captured", "all", 3)
    ]


def test_no_news_of_men_taken():
    assert _read("We have had no news of the 5 men taken by soldiers at the bridge.") == [
        ("disappeared", "men", 5)
    ]
