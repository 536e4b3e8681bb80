"""Scores of a clustering against the truth: pairwise and B-cubed precision and recall."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = ["LinkageScores", "evaluate"]


@dataclasses.dataclass(frozen=True, slots=True)
class LinkageScores:
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    records: int
    predicted_clusters: int
    true_clusters: int

    def summary(self) -> str:
        return (
            f"records {self.records:,}, clusters {self.predicted_clusters:,} "
            f"(true {self.true_clusters:,})\n"
            f"pairwise  P {self.pairwise_precision:.4f}  R {self.pairwise_recall:.4f}  "
            f"F1 {self.pairwise_f1:.4f}\n"
            f"B-cubed   P {self.bcubed_precision:.4f}  R {self.bcubed_recall:.4f}  "
            f"F1 {self.bcubed_f1:.4f}"
        )


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _pairs(sizes: pd.Series) -> float:
    values = sizes.to_numpy(dtype=np.float64)
    return float((values * (values - 1) / 2).sum())


def evaluate(
    predicted: Mapping[str, str] | pd.Series, truth: Mapping[str, str] | pd.Series
) -> LinkageScores:
    """Compare predicted cluster per record key with the true entity per record key.

    Both must cover the same record keys; a key missing from either is an error.
    """
    pred = pd.Series(predicted, dtype=object) if not isinstance(predicted, pd.Series) else predicted
    true = pd.Series(truth, dtype=object) if not isinstance(truth, pd.Series) else truth
    if pred.index.has_duplicates or true.index.has_duplicates:
        raise ValueError("record keys must be unique")
    missing = pred.index.symmetric_difference(true.index)
    if len(missing):
        raise ValueError(
            f"{len(missing)} record keys are not in both mappings, e.g. {missing[0]!r}"
        )
    frame = pd.DataFrame({"pred": pred.astype(str), "true": true.reindex(pred.index).astype(str)})
    cell = frame.groupby(["pred", "true"]).size()
    pred_size = frame.groupby("pred").size()
    true_size = frame.groupby("true").size()
    together = _pairs(cell)
    predicted_pairs, true_pairs = _pairs(pred_size), _pairs(true_size)
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    overlap = cell.rename("overlap").reset_index()
    overlap["pred_size"] = overlap["pred"].map(pred_size)
    overlap["true_size"] = overlap["true"].map(true_size)
    n = len(frame)
    b_precision = float((overlap["overlap"] ** 2 / overlap["pred_size"]).sum() / n) if n else 1.0
    b_recall = float((overlap["overlap"] ** 2 / overlap["true_size"]).sum() / n) if n else 1.0
    return LinkageScores(
        pairwise_precision=precision,
        pairwise_recall=recall,
        pairwise_f1=_f1(precision, recall),
        bcubed_precision=b_precision,
        bcubed_recall=b_recall,
        bcubed_f1=_f1(b_precision, b_recall),
        records=n,
        predicted_clusters=len(pred_size),
        true_clusters=len(true_size),
    )
