"""An entry that names a family, not a person (no given name, no year of birth or age),
is never merged by itself: a brother or a sister shares all it gives."""

from __future__ import annotations

import numpy as np
import pandas as pd

from rightsledger.analysis.linkage.conflicts import conflicting, family_entries
from rightsledger.analysis.linkage.features import prepare_features

ROWS = [
    {"surname": "Раджабов", "patronymic": "Эльчинович", "event_date": "14.03.1994"},
    {"given_name": "Zakir", "surname": "Rəcəbov", "patronymic": "Elçin oğlu",
     "birth_year": "1952", "event_date": "14.03.1994"},
    {"given_name": "Bəxtiyar", "surname": "Rəcəbov", "patronymic": "Elçin oğlu",
     "birth_year": "1955", "event_date": "14.03.1994"},
    {"surname": "Раджабов", "patronymic": "Эльчинович", "birth_year": "1952"},
    {"surname": "Раджабов", "patronymic": "Эльчинович", "age": "42"},
    {"given_name": "З.", "surname": "Раджабов", "patronymic": "Эльчинович"},
]  # fmt: skip


def _features() -> pd.DataFrame:
    records = pd.DataFrame(ROWS).fillna("")
    records["record_key"] = [f"r{i}" for i in range(len(records))]
    records["source"] = ["ru", "az", "az", "ru", "ru", "ru"]
    return prepare_features(records, "record_key", "source")


def test_only_an_entry_without_given_name_and_without_year_or_age_names_a_family() -> None:
    # A year, an age or an initial is something a sibling need not share.
    assert family_entries(_features()).tolist() == [True, False, False, False, False, False]


def test_a_family_entry_conflicts_with_whomever_it_scores_like() -> None:
    features = _features()
    scored = pd.DataFrame(
        {"left": [0, 0, 1, 3], "right": [1, 2, 3, 5], "match_probability": [0.97, 0.9, 0.9, 0.9]}
    )
    sources = features["source"].to_numpy()
    flags = conflicting(scored, {}, sources, 0.5, family_entries(features))
    # Zakir and his brother alike: the family entry goes to review with either; the
    # entries that give a year or an initial may join.
    assert flags.tolist() == [True, True, False, False]
    assert not conflicting(scored, {}, sources, 0.5, np.zeros(len(features), dtype=bool)).any()
