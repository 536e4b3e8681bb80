"""Splink is given only the columns the model reads (``model.scoring_columns``), and the
blocking its own view of the keys it joins on (``model.blocking_columns``): the same
pairs are blocked from that view as from the whole feature frame."""

from __future__ import annotations

import numpy as np
import pandas as pd
from tests.analysis.linkage.test_linkage_blocked_pairs import _records

from rightsledger.analysis.linkage import LinkageConfig, model
from rightsledger.analysis.linkage.backends import make_db_api, register
from rightsledger.analysis.linkage.features import prepare_features


def _safe_features() -> tuple[LinkageConfig, pd.DataFrame, pd.DataFrame]:
    config = LinkageConfig()
    features = prepare_features(_records(), config.key_column, config.source_column)
    safe = model.with_block_keys(
        features.assign(unique_id=np.arange(len(features), dtype=np.int64))
    )
    return config, features, safe


def test_splink_gets_what_the_comparisons_and_training_read_and_no_block_keys() -> None:
    config, features, safe = _safe_features()
    settings = model.build_settings(config, features)
    columns = model.scoring_columns(settings)
    used = settings.get_settings("duckdb")._columns_used_by_comparisons
    assert {column.unquote().name for column in used} <= set(columns)
    for block in (model.PRIOR_BLOCK, *model.TRAINING_BLOCKS):
        assert set(block) <= set(columns)
    assert set(columns) <= set(safe.columns)
    assert model.BLOCK_KEYS not in columns
    assert "sparse_key" not in columns
    assert len(columns) < len(safe.columns) * 3 // 4


def test_the_blocking_view_blocks_the_pairs_of_the_whole_frame() -> None:
    config, _, safe = _safe_features()
    db_api = make_db_api(config)
    whole = register(db_api, config, safe)
    view = register(db_api, config, safe[model.blocking_columns()], name="block_keys_only")

    def pairs(table: str) -> set[tuple[int, int]]:
        found = db_api.duckdb_con.execute(model.blocked_pairs_sql(table)).df()
        return set(zip(found["join_key_l"], found["join_key_r"], strict=True))

    from_view = pairs(view.physical_name)
    assert from_view == pairs(whole.physical_name)
    assert len(from_view) > 500
