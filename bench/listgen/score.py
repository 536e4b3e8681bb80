"""Scores of a clustering against ground truth, overall and per pair of conventions.

Pairwise precision and recall count record pairs; for a pair of conventions (a, b) only
pairs with one record in each (both in ``a`` when a = b).  B-cubed averages per record.
The person-count error is (persons found - true persons) / true persons, on the records
of the conventions concerned.  Written for the evaluation; imports nothing it evaluates.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _pairs_within(counts: pd.Series) -> float:
    values = counts.to_numpy(dtype=np.float64)
    return float((values * (values - 1) / 2).sum())


def _cross_pairs(frame: pd.DataFrame, key: list[str], a: str, b: str) -> float:
    """Pairs of records sharing ``key`` with one record of convention a and one of b."""
    counts = frame.groupby([*key, "convention"]).size().unstack("convention", fill_value=0)
    if a == b:
        return _pairs_within(counts[a]) if a in counts else 0.0
    if a not in counts or b not in counts:
        return 0.0
    return float((counts[a].to_numpy(np.float64) * counts[b].to_numpy(np.float64)).sum())


def pair_scores(frame: pd.DataFrame, a: str, b: str) -> dict[str, float]:
    """Pairwise scores and person-count error on the pairs and records of conventions a, b."""
    predicted = _cross_pairs(frame, ["pred"], a, b)
    true = _cross_pairs(frame, ["true"], a, b)
    together = _cross_pairs(frame, ["pred", "true"], a, b)
    precision = together / predicted if predicted else 1.0
    recall = together / true if true else 1.0
    subset = frame[frame["convention"].isin({a, b})]
    persons = subset["true"].nunique()
    found = subset["pred"].nunique()
    return {
        "true_pairs": true,
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "persons": persons,
        "persons_found": found,
        "person_count_error": (found - persons) / persons if persons else 0.0,
    }


def overall_scores(frame: pd.DataFrame) -> dict[str, float]:
    cell = frame.groupby(["pred", "true"]).size()
    pred_size = frame.groupby("pred").size()
    true_size = frame.groupby("true").size()
    together = _pairs_within(cell)
    predicted, true = _pairs_within(pred_size), _pairs_within(true_size)
    precision = together / predicted if predicted else 1.0
    recall = together / true if true else 1.0
    overlap = cell.rename("n").reset_index()
    n = len(frame)
    overlap["pred_size"] = overlap["pred"].map(pred_size)
    overlap["true_size"] = overlap["true"].map(true_size)
    b_precision = float((overlap["n"] ** 2 / overlap["pred_size"]).sum() / n)
    b_recall = float((overlap["n"] ** 2 / overlap["true_size"]).sum() / n)
    return {
        "records": n,
        "pairwise_precision": precision,
        "pairwise_recall": recall,
        "pairwise_f1": _f1(precision, recall),
        "bcubed_precision": b_precision,
        "bcubed_recall": b_recall,
        "bcubed_f1": _f1(b_precision, b_recall),
        "persons": len(true_size),
        "persons_found": len(pred_size),
        "person_count_error": (len(pred_size) - len(true_size)) / len(true_size),
    }


def relatives_merged(frame: pd.DataFrame, persons: pd.DataFrame) -> tuple[int, int]:
    """Pairs of different persons of one household (siblings, parents, spouses) put
    together in one predicted person; and of those, siblings as the project defines them:
    one household and father, different given names, both with an entry in the predicted
    person that writes the given name out (an initial fits either sibling)."""
    data = frame.join(persons[["household", "given_id", "father_id"]], on="true")
    together = data.drop_duplicates(["pred", "true"])
    shared = together.groupby(["pred", "household"]).size()
    relatives = int((shared * (shared - 1) // 2).sum())
    named = data[~data["abbreviated"]].drop_duplicates(["pred", "true"])
    families = named.groupby(["pred", "household", "father_id"])
    pairs = families.size()
    same_given = named.groupby(["pred", "household", "father_id", "given_id"]).size()
    siblings = int((pairs * (pairs - 1) // 2).sum() - (same_given * (same_given - 1) // 2).sum())
    return relatives, siblings


def score(
    predicted: pd.Series,
    truth: pd.Series,
    convention_of_source: dict[str, str],
    source_of: pd.Series,
    persons: pd.DataFrame,
    abbreviated: pd.Series | None = None,
) -> dict[str, Any]:
    """All figures for one run: ``predicted`` and ``truth`` map record key to a label;
    ``persons`` (indexed by true label) has ``household``, ``given_id`` and ``father_id``;
    ``abbreviated`` flags the entries that give the given name as an initial only."""
    frame = pd.DataFrame(
        {
            "pred": predicted.reindex(truth.index).astype(str).to_numpy(),
            "true": truth.astype(str).to_numpy(),
            "convention": source_of.reindex(truth.index).map(convention_of_source).to_numpy(),
            "abbreviated": (
                abbreviated.reindex(truth.index).fillna(False).astype(bool).to_numpy()
                if abbreviated is not None
                else False
            ),
        }
    )
    if frame["pred"].isin(["nan", "None"]).any():
        raise ValueError("some records have no predicted person")
    conventions = sorted(frame["convention"].unique())
    by_pair = {
        f"{a} ~ {b}": pair_scores(frame, a, b)
        for a, b in itertools.combinations_with_replacement(conventions, 2)
    }
    return {
        **overall_scores(frame),
        **dict(
            zip(
                ("relatives_merged", "siblings_merged"),
                relatives_merged(frame, persons.astype(str)),
                strict=True,
            )
        ),
        "by_convention_pair": by_pair,
    }
