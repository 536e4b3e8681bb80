"""A village is one place key in every script and spelling, and two villages are two."""

from __future__ import annotations

import pandas as pd
import pytest

from rightsledger.analysis.linkage.features import prepare_features


def _place_keys(places: list[str]) -> list[str]:
    records = pd.DataFrame(
        {
            "record_key": [str(n) for n in range(len(places))],
            "source": "list",
            "full_name": "Əliyev Qasım",
            "place_of_origin": places,
        }
    )
    return prepare_features(records, "record_key", "source")["place_key"].tolist()


@pytest.mark.parametrize(
    "spellings",
    [
        ["Köhnə Bəydiliyurd", "Кёхне Бейдилиюрд", "Kekhne Beydiliyurd", "Kohna Baydiliyurd"],
        ["Yuxarı Alagözkənd", "Юхары Алагёзкенд", "Iukhary Alagezkend", "Yukhari Alagozkand"],
    ],
)
def test_one_village_in_every_script_is_one_key(spellings: list[str]) -> None:
    assert len(set(_place_keys(spellings))) == 1


def test_two_villages_are_two_keys() -> None:
    first, second, third = _place_keys(["Köhnə Bəydiliyurd", "Yeni Bəydiliyurd", "Köhnə Qaratəpə"])
    assert len({first, second, third}) == 3
