"""Reviewers' decisions bind every later run: must-link joins, cannot-link separates."""

from __future__ import annotations

import pytest

from rightsledger.analysis.linkage import (
    ConstraintConflictError,
    Decision,
    DecisionKind,
    LinkageConfig,
    LinkageResult,
    link,
)
from rightsledger.analysis.simulate import Simulation


def test_decisions_are_honoured_on_rerun(
    small_sim: Simulation, small_result: LinkageResult
) -> None:
    person = small_result.person_of()
    merged = small_result.merged_pairs.iloc[0]
    apart = person.drop_duplicates().index[:2]
    decisions = [
        Decision(merged["left"], merged["right"], DecisionKind.NO_MATCH),
        Decision(apart[0], apart[1], "match"),  # type: ignore[arg-type]
    ]
    rerun = link(small_sim.records(), LinkageConfig(duckdb_threads=2), decisions)
    after = rerun.person_of()
    assert after[merged["left"]] != after[merged["right"]]
    assert after[apart[0]] == after[apart[1]]
    decided = {frozenset((d.left, d.right)) for d in decisions}
    assert not any(
        frozenset(p) in decided
        for p in zip(rerun.review_pairs["left"], rerun.review_pairs["right"], strict=True)
    )
    forced = rerun.merged_pairs[rerun.merged_pairs["match_probability"] == 1.0]
    assert {frozenset(p) for p in zip(forced["left"], forced["right"], strict=True)} >= {
        frozenset((apart[0], apart[1]))
    }


def test_cannot_link_splits_a_person_of_many_records(
    small_sim: Simulation, small_result: LinkageResult
) -> None:
    person = small_result.person_of()
    sizes = person.value_counts()
    big = person[person == sizes.index[0]].index
    assert len(big) >= 3
    decisions = [Decision(big[0], big[-1], DecisionKind.NO_MATCH)]
    after = link(small_sim.records(), LinkageConfig(duckdb_threads=2), decisions).person_of()
    assert after[big[0]] != after[big[-1]]


def test_contradictory_decisions_are_refused(small_sim: Simulation) -> None:
    keys = small_sim.records()["record_key"]
    a, b, c = keys.iloc[0], keys.iloc[1], keys.iloc[2]
    decisions = [
        Decision(a, b, DecisionKind.MATCH),
        Decision(b, c, DecisionKind.MATCH),
        Decision(a, c, DecisionKind.NO_MATCH),
    ]
    with pytest.raises(ConstraintConflictError):
        link(small_sim.records(), LinkageConfig(duckdb_threads=2), decisions)


def test_a_decision_needs_two_records() -> None:
    with pytest.raises(ValueError, match="two different records"):
        Decision("x", "x", DecisionKind.MATCH)
    with pytest.raises(ValueError, match="perhaps"):
        Decision("x", "y", "perhaps")  # type: ignore[arg-type]
