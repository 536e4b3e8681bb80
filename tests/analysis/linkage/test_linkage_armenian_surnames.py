"""Armenian script's ծ, ց and ձ are Russian ц and дз, and a word's first ո is vo: the
surnames Цатурян and Ծատուրյան, Восканян and Ոսկանյան are one in the surname comparison
and in blocking, and a brother under the same surname is still another given name."""

from __future__ import annotations

import pandas as pd
from tests.analysis.linkage.pair_level import level_of

from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.model import blocked_pairs

VOSKANYAN = {"full_name": "Ոսկանյան Մանվել Արամի", "birth_year": "1999",
             "event_date": "14.10.2020"}  # fmt: skip
VOSKANYAN_RU = {"full_name": "Восканян Манвел", "birth_year": "1999", "event_date": "12.10.2020"}


def test_ts_in_armenian_script_is_the_russian_ts() -> None:
    left = {"full_name": "Ծատուրյան Արամ", "birth_year": "1970"}
    right = {"full_name": "Цатурян Арам", "birth_year": "1970"}
    assert level_of(left, right, "surname").label_for_charts == "Exact match on surname_canon"


def test_a_first_vo_is_one_surname_and_is_proposed_by_the_blocking() -> None:
    assert level_of(VOSKANYAN, VOSKANYAN_RU, "surname").label_for_charts == (
        "Exact match on surname_canon"
    )
    records = pd.DataFrame([VOSKANYAN, VOSKANYAN_RU]).fillna("")
    records["record_key"], records["source"] = ["a", "b"], ["hy", "ru"]
    assert len(blocked_pairs(prepare_features(records, "record_key", "source"))) == 1


def test_a_brother_under_the_same_surname_is_still_another_given_name() -> None:
    brother = {**VOSKANYAN_RU, "full_name": "Восканян Ваган"}
    assert level_of(VOSKANYAN, brother, "given_name")._is_else_level
