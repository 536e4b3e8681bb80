"""The pairs the linkage's blocking proposes for a few hand-written records, for tests."""

from __future__ import annotations

import pandas as pd

from rightsledger.analysis.linkage import model
from rightsledger.analysis.linkage.features import prepare_features


def frame(rows: list[dict[str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["record_key"] = [f"r{i}" for i in range(len(frame))]
    frame["source"] = frame.get("source", pd.Series("list", index=frame.index)).fillna("list")
    return frame.fillna("")


def blocked_pairs(records: pd.DataFrame) -> set[tuple[str, str]]:
    """The pairs of record keys the model's blocking proposes (:func:`model.blocked_pairs`,
    the query the linkage runs)."""
    found = model.blocked_pairs(prepare_features(records, "record_key", "source"))
    return set(zip(found["join_key_l"], found["join_key_r"], strict=True))
