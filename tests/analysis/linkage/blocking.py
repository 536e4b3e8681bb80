"""The pairs the linkage's blocking proposes for a few hand-written records, for tests."""

from __future__ import annotations

import duckdb
import pandas as pd

from rightsledger.analysis.linkage import model
from rightsledger.analysis.linkage.features import prepare_features


def frame(rows: list[dict[str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["record_key"] = [f"r{i}" for i in range(len(frame))]
    frame["source"] = frame.get("source", pd.Series("list", index=frame.index)).fillna("list")
    return frame.fillna("")


def blocked_pairs(records: pd.DataFrame) -> set[tuple[str, str]]:
    """The pairs of record keys the model's blocking rules propose, as Splink joins them."""
    features = model.with_block_keys(prepare_features(records, "record_key", "source"))
    keys = features[model.BLOCK_KEYS].tolist()
    ids = features["unique_id"].tolist()
    pairs = {
        (ids[a], ids[b])
        for a in range(len(ids))
        for b in range(a + 1, len(ids))
        if set(keys[a]) & set(keys[b])
    }
    table = features.drop(columns=[model.BLOCK_KEYS])
    connection = duckdb.connect()
    connection.register("t", table)
    for rule in (*model.SWAPPED_BLOCKS, *model.SPARSE_BLOCKS):
        found = connection.execute(
            f"SELECT l.unique_id, r.unique_id FROM t AS l JOIN t AS r ON {rule}"  # noqa: S608
        ).fetchall()
        pairs |= {(min(a, b), max(a, b)) for a, b in found if a != b}
    return pairs
