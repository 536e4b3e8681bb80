"""Cases counted "in" are the cases in which what their clause says happened: "charges were
brought in only 12 of those cases" says only what was done about the act, counts no one it
befell, and is no figure, while "in 15 of these cases the victim was later found dead" names
an act, and "in 15 of these cases the accounts are backed by video footage" says more of the
cases: both stay. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, int | None, int | None]]:
    claims = read_statement(text, "en").claims
    return [(c.category, c.count, c.parent) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "The group recorded 64 abductions in the province. Charges were brought in only 12 "
        "of those cases.",
        "The group recorded 64 abductions in the province. In 20 of these cases the families "
        "wrote to the prosecutor.",
        "The group recorded 64 abductions in the province; an inquiry was opened in 9 cases.",
    ],
)
def test_cases_where_something_else_happened_are_no_figure(text):
    assert _read(text) == [("captured", 64, None)]


def test_cases_where_an_act_befell_them_stay():
    text = (
        "The group recorded 64 abductions in the province. In 15 of these cases the victim "
        "was later found dead."
    )
    assert _read(text) == [("captured", 64, None), ("found_dead", 15, 0)]


def test_cases_a_clause_says_more_of_stay():
    text = (
        "The group recorded 64 abductions in the province. In 15 of these cases the accounts "
        "are backed by video footage."
    )
    assert _read(text) == [("captured", 64, None), ("captured", 15, 0)]
