"""Two entries that each state a sex, different ones, are a brother and a sister (a
mother and her son) unless they give the same given name: an initial that fits both, or
a given name a letter off, does not hold against the stated sexes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from rightsledger.analysis.linkage.conflicts import conflicting
from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.sexes import sexes_apart, sexes_of

ROWS = [
    {"full_name": "Mustafalı Zair", "sex": "kişi", "event_date": "08.01.1992"},
    {"full_name": "Mustafali Zemfira", "sex": "female", "event_date": "08.01.1992"},
    {"full_name": "Mustafali Z.", "sex": "F", "event_date": "08.01.1992"},
    {"full_name": "Mustafali Zair", "sex": "ж", "event_date": "08.01.1992"},
    {"full_name": "Mustafalı Zair", "sex": "", "event_date": "08.01.1992"},
    {"full_name": "Mustafayeva Zemfira", "sex": "", "event_date": "08.01.1992"},
]


def _records() -> pd.DataFrame:
    records = pd.DataFrame(ROWS)
    records["record_key"] = [f"r{i}" for i in range(len(records))]
    records["source"] = ["az", "en", "en", "ru", "az2", "az2"]
    return records


def _pairs(*pairs: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([a for a, _ in pairs]), np.array([b for _, b in pairs])


def test_stated_sexes_that_differ_hold_apart_unless_the_given_name_is_the_same() -> None:
    records = _records()
    features = prepare_features(records, "record_key", "source")
    sexes = sexes_of(records["sex"], features)
    left, right = _pairs((0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (4, 5))
    apart = sexes_apart(sexes, left, right).tolist()
    # Zair (male) against Zemfira (female) and against "Z." (female): a brother and a
    # sister; against "Zair" stated female: the same name, so the sex is the slip; an
    # entry that states no sex, or two that state the same, tell nothing.  A sex read off
    # a surname's ending (Mustafayeva) is not a stated one.
    assert apart == [True, True, False, False, False, False]


def test_a_stated_sex_apart_is_a_conflict_the_pipeline_holds_to() -> None:
    records = _records()
    features = prepare_features(records, "record_key", "source")
    sexes = sexes_of(records["sex"], features)
    scored = pd.DataFrame({"left": [0, 0], "right": [1, 3], "match_probability": [0.95, 0.95]})
    no_family = np.zeros(len(features), dtype=bool)
    sources = features["source"].to_numpy()
    flags = conflicting(scored, {}, sources, 0.5, no_family, sexes=sexes)
    assert flags.tolist() == [True, False]
    assert not conflicting(scored, {}, sources, 0.5, no_family).any()


def test_lists_without_a_sex_column_state_none() -> None:
    records = _records().drop(columns=["sex"])
    features = prepare_features(records, "record_key", "source")
    sexes = sexes_of(None, features)
    left, right = _pairs((0, 1), (0, 2))
    assert not sexes_apart(sexes, left, right).any()
