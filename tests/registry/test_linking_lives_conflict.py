"""Linkage conflicts from the facts of a life: born once, nothing happens to the dead.

A fate of the living dated a month or more after another entry's death, stated birth
years four or more apart, and two birth dates that share neither day nor month are two
people, however alike their names."""

from __future__ import annotations

import numpy as np
import pandas as pd

from rightsledger.analysis.linkage.births import births_apart, births_of
from rightsledger.analysis.linkage.conflicts import conflicting
from rightsledger.analysis.linkage.fates import alive_after_death, deaths_of
from rightsledger.analysis.linkage.features import prepare_features

FATES = [
    # 0: shot at the checkpoint in spring.
    ("Nəsibov Elxan", "killed", "14.03.1993"),
    # 1: a namesake wounded in the autumn of that year.
    ("Насибов Эльхан", "injured", "02.10.1993"),
    # 2: the same man captured a week before his death: one person.
    ("Nasibov Elkhan", "captured", "07.03.1993"),
    # 3: displaced a few days after the death as another list dates it: a day's slip.
    ("Nəsibov Elxan", "displaced", "20.03.1993"),
    # 4: lost from sight months later, given to the month only.
    ("Насибов Эльхан", "missing", "август 1993 г."),
    # 5: no status at all: nothing is known of his fate.
    ("Nəsibov Elxan", "", "01.12.1993"),
    # 6: released in a later year, given by its year alone.
    ("Nasibov Elkhan", "released", "1995"),
    # 7: displaced in the year of the death, given by its year alone: it may be before.
    ("Насибов Эльхан", "displaced", "1993 г."),
]

BIRTHS = [
    # birth_date, birth_year, age, event_date
    ("", "1961", "", ""),  # 0: a year as a list states it
    ("", "1965", "", ""),  # 1: four years later: another birth
    ("", "1964", "", ""),  # 2: three years later (two lists each off): left to the model
    ("", "", "30", "05.05.1992"),  # 3: a year reckoned from an age (1962)
    ("17.09.1961", "", "", ""),  # 4: a date given to the day
    ("03.04.1961", "", "", ""),  # 5: another day and month: another birth
    ("04.03.1961", "", "", ""),  # 6: the fifth with day and month the other way round
    ("17.10.1961", "", "", ""),  # 7: the month slipped, the day kept
]


def _fates() -> tuple[pd.DataFrame, object]:
    records = pd.DataFrame(FATES, columns=["full_name", "status", "event_date"])
    records["record_key"] = [f"f{i}" for i in range(len(records))]
    records["source"] = [f"list{i}" for i in range(len(records))]
    features = prepare_features(records, "record_key", "source")
    return features, deaths_of(records["status"], features)


def _births() -> object:
    records = pd.DataFrame(BIRTHS, columns=["birth_date", "birth_year", "age", "event_date"])
    records["full_name"] = "Cəfərov Rövşən"
    records["record_key"] = [f"b{i}" for i in range(len(records))]
    records["source"] = [f"list{i}" for i in range(len(records))]
    return births_of(prepare_features(records, "record_key", "source"))


def _pairs(pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    return (
        np.array([a for a, _ in pairs], dtype=np.int64),
        np.array([b for _, b in pairs], dtype=np.int64),
    )


def test_a_fate_of_the_living_months_after_a_death_is_someone_else() -> None:
    _, deaths = _fates()
    left, right = _pairs([(0, 1), (1, 0), (0, 4), (6, 0)])
    assert alive_after_death(deaths, left, right).tolist() == [True, True, True, True]  # type: ignore[arg-type]


def test_before_the_death_days_after_it_or_without_a_fate_it_may_be_one() -> None:
    _, deaths = _fates()
    left, right = _pairs([(0, 2), (0, 3), (0, 5), (1, 4), (0, 7)])
    assert alive_after_death(deaths, left, right).tolist() == [False] * 5  # type: ignore[arg-type]


def test_stated_years_far_apart_are_two_births_but_ages_are_left_to_the_model() -> None:
    births = _births()
    left, right = _pairs([(0, 1), (0, 2), (1, 3), (0, 3)])
    assert births_apart(births, left, right).tolist() == [True, False, False, False]  # type: ignore[arg-type]


def test_two_dates_sharing_neither_day_nor_month_are_two_births() -> None:
    births = _births()
    left, right = _pairs([(4, 5), (5, 6), (4, 7), (4, 0)])
    assert births_apart(births, left, right).tolist() == [True, False, False, False]  # type: ignore[arg-type]


def test_such_pairs_are_conflicts_however_well_they_score() -> None:
    features, deaths = _fates()
    scored = pd.DataFrame({"left": [0, 0], "right": [1, 2], "match_probability": [0.99, 0.99]})
    sources = features["source"].to_numpy()
    no_family = np.zeros(len(features), dtype=bool)
    out = conflicting(scored, {}, sources, 0.5, no_family, deaths)  # type: ignore[arg-type]
    assert out.tolist() == [True, False]


def test_remains_identified_or_a_death_in_a_list_s_own_words_are_no_sign_of_life() -> None:
    records = pd.DataFrame(
        [
            ("Qəmbərov Vüqar", "killed", "11.06.1992"),
            ("Гамбаров Вугар", "identified", "23.09.2019"),
            ("Gambarov Vugar", "погиб", "30.11.1992"),
            ("Qəmbərov Vüqar", "wounded", "30.11.1992"),
        ],
        columns=["full_name", "status", "event_date"],
    )
    records["record_key"] = [f"q{i}" for i in range(len(records))]
    records["source"] = [f"list{i}" for i in range(len(records))]
    deaths = deaths_of(records["status"], prepare_features(records, "record_key", "source"))
    left, right = _pairs([(0, 1), (0, 2), (0, 3)])
    assert alive_after_death(deaths, left, right).tolist() == [False, False, True]  # type: ignore[arg-type]
