"""A person dies once: two deaths months apart in other places are two people."""

from __future__ import annotations

import numpy as np
import pandas as pd

from rightsledger.analysis.linkage.conflicts import conflicting
from rightsledger.analysis.linkage.fates import deaths_apart, deaths_of
from rightsledger.analysis.linkage.features import prepare_features

ROWS = [
    # 0, 1: namesakes killed eight months apart, in two villages.
    ("Quliyev Tofiq", "killed", "08.04.1992", "Ağdaban"),
    ("Кулиев Тофик", "killed", "02.12.1992", "Кельбаджар"),
    # 2: the first one's death as another list dates it, days off, place spelled its way.
    ("Kuliev Tofik", "found_dead", "11.04.1992", "Agdaban"),
    # 3: a month mistyped, the same place as written: left to the model.
    ("Quliyev Tofiq", "killed", "08.12.1992", "Ağdaban"),
    # 4: months apart, but one of them was captured, not killed.
    ("Quliyev Tofiq", "captured", "02.12.1992", "Kəlbəcər"),
    # 5: a death given to the month only, months before the first.
    ("Кулиев Тофик", "killed", "январь 1992 г.", "Шуша"),
]


def _deaths() -> tuple[pd.DataFrame, object]:
    records = pd.DataFrame(ROWS, columns=["full_name", "status", "event_date", "event_place"])
    records["record_key"] = [str(i) for i in range(len(records))]
    records["source"] = [f"list{i}" for i in range(len(records))]
    features = prepare_features(records, "record_key", "source")
    return features, deaths_of(records["status"], features)


def _apart(pairs: list[tuple[int, int]]) -> list[bool]:
    _, deaths = _deaths()
    left = np.array([a for a, _ in pairs], dtype=np.int64)
    right = np.array([b for _, b in pairs], dtype=np.int64)
    return deaths_apart(deaths, left, right).tolist()  # type: ignore[arg-type]


def test_two_deaths_months_apart_in_other_places_are_two_people() -> None:
    assert _apart([(0, 1), (1, 0), (0, 5)]) == [True, True, True]


def test_one_death_dated_days_apart_or_with_its_place_is_not() -> None:
    assert _apart([(0, 2), (0, 3)]) == [False, False]


def test_only_deaths_count() -> None:
    assert _apart([(0, 4)]) == [False]


def test_the_pair_is_a_conflict_however_well_it_scores() -> None:
    features, deaths = _deaths()
    scored = pd.DataFrame({"left": [0, 0], "right": [1, 2], "match_probability": [0.99, 0.99]})
    sources = features["source"].to_numpy()
    no_family = np.zeros(len(features), dtype=bool)
    out = conflicting(scored, {}, sources, 0.5, no_family, deaths)  # type: ignore[arg-type]
    assert out.tolist() == [True, False]
