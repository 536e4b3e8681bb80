"""Ages in an aside between dashes or in a parenthesis («— мужчины 31 и 45 лет —») describe
the persons counted; the verb after the aside is still theirs."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def _figures(text: str) -> list[tuple[str, int | None]]:
    claims = read_statement(text, "ru").to_dict()["claims"]
    return [(c["category"], c["count"]) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Трое арестованных — женщины 33 и 50 лет — скончались в изоляторе.",
        "Двое задержанных (братья 19 и 22 лет) скончались в изоляторе.",
    ],
)
def test_the_verb_past_the_ages_is_the_counts(text):
    assert [c for c, _ in _figures(text)] == ["killed"]


def test_ages_with_no_verb_after_them_leave_the_count_as_it_was():
    # Near miss: nothing befell them after the aside; they are the detained.
    assert _figures("Двое задержанных — мужчины 31 и 45 лет.") == [("detained", 2)]
