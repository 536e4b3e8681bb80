"""The linkage joins its blocking rules itself (``model.blocked_pairs_sql``), in one query,
rather than letting Splink join them rule by rule: the pairs must be the very pairs
Splink's own join of the same rules gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
from splink import Linker
from tests.analysis.linkage.blocking import frame

from rightsledger.analysis.linkage import LinkageConfig, model
from rightsledger.analysis.linkage.backends import make_db_api, register
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.simulate import simulate

# Entries that only the rules after the exploded keys join: abbreviated, fact-less, names
# in the other order, a surname written bare, slips in an abbreviated surname.
OWN_RULES = [
    {"full_name": "Qasımov Rauf Nadir oğlu", "birth_date": "03.02.1961", "event_date": "1992-05-08"},
    {"full_name": "Касимво Р.Н.", "event_date": "1992-05-08", "source": "other"},
    {"full_name": "Nəbiyev Tofiq Kamal oğlu", "birth_date": "1950-04-12", "event_date": "1992-03-02"},
    {"full_name": "Nbiyev Tofiq", "age": "41", "source": "other"},
    {"full_name": "Nabiev Kaml", "age": "41", "source": "third"},
    {"full_name": "Musa Əli", "birth_date": "1960", "source": "other"},
    {"full_name": "Əli Musa", "birth_date": "1960"},
    {"full_name": "Kamil Bəylər", "birth_date": "1971", "source": "other"},
    {"full_name": "Bəylərov Kamil", "birth_date": "1971"},
    {"full_name": "Гусейнво Э.В.", "event_date": "1991-11-20", "source": "other"},
    {"full_name": "Hüseynov Elşən Vaqif oğlu", "event_date": "1991-11-20"},
    {"full_name": "Hüseynov E.", "event_date": "11.1991", "source": "third"},
    {"full_name": "Rzayev S.", "age": "30", "source": "other"},
    {"full_name": "Rzayev Səbuhi", "age": "31"},
]  # fmt: skip


def _records() -> pd.DataFrame:
    simulated = simulate(people=150, lists=5, seed=7).records()
    own = frame(OWN_RULES)
    own["record_key"] = [f"own{i}" for i in range(len(own))]
    return pd.concat([simulated, own], ignore_index=True).fillna("")


def test_the_linkage_blocks_the_pairs_that_splink_joins_from_the_same_rules() -> None:
    config = LinkageConfig()
    features = prepare_features(_records(), config.key_column, config.source_column)
    safe = model.with_block_keys(
        features.assign(unique_id=np.arange(len(features), dtype=np.int64))
    )
    db_api = make_db_api(config)
    table = register(db_api, config, safe)
    linker = Linker(table, model.build_settings(config, features), log_level=None)

    splink = linker.inference.compute_blocked_pairs_for_predict().as_pandas_dataframe()
    ours = db_api.duckdb_con.execute(model.blocked_pairs_sql(table.physical_name)).df()

    splink_pairs = set(zip(splink["join_key_l"], splink["join_key_r"], strict=True))
    our_pairs = list(zip(ours["join_key_l"], ours["join_key_r"], strict=True))
    assert len(our_pairs) == len(set(our_pairs))  # each pair once
    assert all(left < right for left, right in our_pairs)
    assert set(our_pairs) == splink_pairs
    # The own rows are paired by the rules after the keys, not only by the keys.
    own = set(np.flatnonzero(features["unique_id"].astype(str).str.startswith("own")))
    assert sum(left in own and right in own for left, right in our_pairs) >= 6
    assert len(our_pairs) > 500
