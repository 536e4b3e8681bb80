"""A compatible initial (given or father's name) weighs what it says: one person's
entries abbreviate as often as anyone's, so m is measured from the lists, not left to EM."""

from __future__ import annotations

import pandas as pd

from rightsledger.analysis.linkage.comparisons import INITIAL_M_MIN_RECORDS, comparisons, initial_m
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.model import COMPARISON_NAMES


def _features(written: int, abbreviated: int) -> pd.DataFrame:
    names = [f"Məmmədov Rauf Vəli{'yev' * (i % 2)} oğlu" for i in range(written)]
    names += ["Мамедов Р.В."] * abbreviated
    records = pd.DataFrame({"full_name": names})
    records["record_key"] = [f"r{i}" for i in range(len(records))]
    records["source"] = ["one", "other"] * (len(records) // 2) + ["one"] * (len(records) % 2)
    return prepare_features(records, "record_key", "source")


def _initial_level(features: pd.DataFrame, name: str = "patronymic") -> dict[str, object]:
    chosen = comparisons(features, term_frequencies=False)[COMPARISON_NAMES.index(name)]
    levels = chosen.get_comparison("duckdb").comparison_levels
    level = next(lv for lv in levels if lv.label_for_charts == "initial compatible")
    return {"m": level.m_probability, "fixed": level._fix_m_probability}


def test_m_is_the_share_of_pairs_with_one_side_abbreviated() -> None:
    features = _features(written=300, abbreviated=100)
    # A quarter of the entries abbreviate: a pair has one such side 1 - 0.75² of the time.
    assert abs(initial_m(features, "father") - (1 - 0.75**2)) < 1e-9  # type: ignore[operator]
    assert _initial_level(features) == {"m": initial_m(features, "father"), "fixed": True}
    given = {"m": initial_m(features, "given"), "fixed": True}
    assert _initial_level(features, "given_name") == given


def test_too_few_abbreviated_entries_leave_m_to_em() -> None:
    features = _features(written=300, abbreviated=INITIAL_M_MIN_RECORDS - 1)
    assert initial_m(features, "father") is None
    assert _initial_level(features)["fixed"] is False
