"""Acts paired with their counts by slashes, in the three languages: "Killed/injured: 45/130"
is 45 killed and 130 injured, each count its act's in the order written."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _figures(text: str, language: str) -> list[tuple[str, int | None]]:
    claims = read_statement(text, language).to_dict()["claims"]
    return [(c["category"], c["count"]) for c in claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dead/wounded: 21/64", "en"),
        ("Погибшие/раненые: 21/64", "ru"),
        ("Həlak olanlar / yaralananlar: 21 / 64", "az"),
    ],
)
def test_each_count_is_its_acts(text: str, language: str) -> None:
    assert _figures(text, language) == [("killed", 21), ("injured", 64)]


def test_three_acts_in_brackets_after_a_heading() -> None:
    text = "Toll of the night of 4 June (dead / wounded / missing): 5 / 18 / 2."
    assert _figures(text, "en") == [("killed", 5), ("injured", 18), ("missing", 2)]


def test_lists_of_unequal_length_pair_nothing_by_slashes() -> None:
    # Near miss: one act and a reference with a slash; the reference is no second count.
    figures = _figures("Wounded: 64 (ref. 12/40)", "en")
    assert ("injured", 40) not in figures
    assert ("injured", 12) not in figures


def test_words_that_name_no_act_pair_nothing() -> None:
    # Near miss: a share of men to women is no pair of acts.
    assert _figures("Men/women: 21/64", "en") == []
