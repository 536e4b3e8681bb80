"""Constrained clustering and the evaluation measures, on hand-made graphs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rightsledger.analysis.linkage import ConstraintConflictError, evaluate
from rightsledger.analysis.linkage.clustering import cluster_with_constraints


def edges(*triples: tuple[int, int, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    left, right, prob = zip(*triples, strict=True) if triples else ((), (), ())
    return (
        np.array(left, dtype=np.int64),
        np.array(right, dtype=np.int64),
        np.array(prob, dtype=np.float64),
    )


def groups(labels: np.ndarray) -> set[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for node, label in enumerate(labels.tolist()):
        out.setdefault(label, set()).add(node)
    return {frozenset(g) for g in out.values()}


def test_links_above_the_threshold_join() -> None:
    labels = cluster_with_constraints(4, edges((0, 1, 0.99), (2, 3, 0.4)), 0.9)
    assert groups(labels) == {frozenset({0, 1}), frozenset({2}), frozenset({3})}


def test_a_chain_against_the_other_evidence_is_not_followed() -> None:
    # 0-1 and 1-2 are links, but 0 and 2 clearly differ: 2 stays apart.
    scored = edges((0, 1, 0.99), (1, 2, 0.95), (0, 2, 0.01))
    labels = cluster_with_constraints(3, scored, 0.9, min_average=0.7)
    assert groups(labels) == {frozenset({0, 1}), frozenset({2})}
    assert groups(cluster_with_constraints(3, scored, 0.9, min_average=0.0)) == {
        frozenset({0, 1, 2})
    }


def test_must_link_joins_and_cannot_link_separates() -> None:
    scored = edges((0, 1, 0.99), (1, 2, 0.99), (0, 2, 0.99), (3, 4, 0.2))
    labels = cluster_with_constraints(5, scored, 0.9, must_link=[(3, 4)], cannot_link=[(0, 2)])
    found = groups(labels)
    assert frozenset({3, 4}) in found
    assert not any({0, 2} <= g for g in found)
    assert any({0, 1} <= g or {1, 2} <= g for g in found)


def test_conflicting_constraints_raise() -> None:
    with pytest.raises(ConstraintConflictError):
        cluster_with_constraints(3, edges(), 0.9, must_link=[(0, 1), (1, 2)], cannot_link=[(0, 2)])


def test_pairwise_and_bcubed_scores_match_hand_computation() -> None:
    predicted = pd.Series({"a": 1, "b": 1, "c": 1, "d": 2})
    truth = pd.Series({"a": "x", "b": "x", "c": "y", "d": "y"})
    scores = evaluate(predicted, truth)
    # Predicted pairs ab, ac, bc; true pairs ab, cd; one in common.
    assert scores.pairwise_precision == pytest.approx(1 / 3)
    assert scores.pairwise_recall == pytest.approx(1 / 2)
    assert scores.pairwise_f1 == pytest.approx(0.4)
    # B-cubed precision: a 2/3, b 2/3, c 1/3, d 1; recall: a 1, b 1, c 1/2, d 1/2.
    assert scores.bcubed_precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert scores.bcubed_recall == pytest.approx(3 / 4)
    assert "pairwise" in scores.summary()


def test_evaluation_needs_the_same_records() -> None:
    with pytest.raises(ValueError, match="not in both"):
        evaluate(pd.Series({"a": 1}), pd.Series({"b": "x"}))


def test_one_link_does_not_join_two_persons_whose_other_pairs_were_never_scored() -> None:
    # Two persons of three records each, every pair inside scored alike; one link between
    # them and none of their other eight pairs scored (blocking never proposed them).
    inside = [(0, 1, 0.99), (0, 2, 0.99), (1, 2, 0.99), (3, 4, 0.99), (3, 5, 0.99), (4, 5, 0.99)]
    labels = cluster_with_constraints(6, edges(*inside, (2, 3, 0.95)), 0.5, min_average=0.25)
    assert groups(labels) == {frozenset({0, 1, 2}), frozenset({3, 4, 5})}


def test_a_person_whose_pairs_were_mostly_scored_alike_is_joined() -> None:
    # One person's records split 2 + 2 by blocking; three of the four pairs between them
    # were scored and agree: one pair never scored does not keep them apart.
    scored = edges((0, 1, 0.99), (2, 3, 0.99), (0, 2, 0.9), (1, 2, 0.8), (1, 3, 0.9))
    labels = cluster_with_constraints(4, scored, 0.5, min_average=0.25)
    assert groups(labels) == {frozenset({0, 1, 2, 3})}
