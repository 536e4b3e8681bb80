"""The hand-written corpus: precision and recall of figures per language.

The development split is what the grammar was tuned on; the held-out split was written
first and not looked at while tuning, so it is held to a lower floor fixed in advance.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from rightsledger.analysis.statements import read_statement

from .gold import figures, figures_alone, load, numbers, score


def _read(text: str, language: str) -> dict[str, Any]:
    return read_statement(text, language).to_dict()


@pytest.fixture(scope="module")
def dev_scores():
    return score(load("dev"), _read)


@pytest.fixture(scope="module")
def heldout_scores():
    return {
        language: _Totals(result.precision, result.recall)
        for language, result in score(load("heldout"), _read).items()
    }


class _Totals:
    def __init__(self, precision: float, recall: float) -> None:
        self.precision = precision
        self.recall = recall

    def __repr__(self) -> str:
        return f"precision {self.precision:.3f}, recall {self.recall:.3f}"


def test_the_corpus_has_at_least_twenty_statements_per_language():
    statements = load("dev") + load("heldout")
    for language in ("en", "ru", "az"):
        assert sum(s.language == language for s in statements) >= 20
    assert len({s.id for s in statements}) == len(statements)
    kinds = {c["category"] for s in statements for c in s.claims}
    assert {"killed", "injured", "captured", "missing", "families_wiped_out"} <= kinds


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_development_figures_meet_the_target(dev_scores, language):
    result = dev_scores[language]
    assert result.precision >= 0.95, result.errors
    assert result.recall >= 0.90, result.errors


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_held_out_figures_stay_above_the_floor(heldout_scores, language):
    # The floor was set before the held-out statements were ever read by the reader.
    # Only the figures are shown on failure: the held-out errors are not for reading.
    result = heldout_scores[language]
    assert round(result.precision, 3) >= 0.70
    assert round(result.recall, 3) >= 0.60


def test_statements_without_figures_give_no_claims():
    for statement in load("dev") + load("heldout"):
        if not statement.claims:
            assert read_statement(statement.text, statement.language).claims == ()


def test_instruments_named_in_the_corpus_are_found():
    for statement in load("dev"):
        codes = {i.code for i in read_statement(statement.text, statement.language).instruments}
        assert set(statement.instruments) <= codes, statement.id


def test_language_is_recognised():
    for statement in load("dev") + load("heldout"):
        assert read_statement(statement.text).language == statement.language, statement.id


def test_the_looser_views_drop_the_whole_and_then_the_label():
    claims = [
        {"category": "killed", "count": 40},
        {"category": "killed", "subgroup": "women", "count": 9, "parent": 0},
    ]
    relabelled = [claims[0], {"category": "killed", "subgroup": "girls", "count": 9}]
    assert figures(claims) != figures(relabelled)
    assert figures_alone(claims) != figures_alone(relabelled)
    assert (
        numbers(claims)
        == numbers(relabelled)
        == Counter({("killed", 40, None, None, "exact"): 1, ("killed", 9, None, None, "exact"): 1})
    )
    assert figures_alone([claims[1]]) == Counter({("killed", "women", 9, None, None, "exact"): 1})


def test_a_free_label_is_compared_by_its_words():
    keyed = [{"category": "injured", "subgroup": "medical_workers", "count": 3}]
    spaced = [{"category": "injured", "subgroup": "medical workers", "count": 3}]
    other = [{"category": "injured", "subgroup": "medical staff", "count": 3}]
    assert figures(keyed) == figures(spaced)
    assert figures(keyed) != figures(other)
