"""An Armenian family written with -ов (Мартиросов, Аветисов for Martirosyan, Avetisyan, as
Russian and Soviet papers often wrote them) is read as the -yan surname where the lists
write that one far more often; an Azerbaijani -ov surname whose root is an Armenian one's
too (Babayev, Babayan) keeps its own key where the lists write it as often."""

from __future__ import annotations

import pandas as pd

from rightsledger.analysis.linkage.features import prepare_features
from rightsledger.analysis.linkage.model import blocked_pairs
from rightsledger.analysis.names.keys import armenian_reading, surname_key

GIVEN = ("Арам", "Карен", "Ашот", "Гаяне", "Сурен", "Анаит")


def _records(names: list[str], years: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "record_key": [str(i) for i in range(len(names))],
            "source": "a",
            "full_name": names,
            "birth_year": years or [""] * len(names),
        }
    )


def _surname_keys(names: list[str]) -> list[str]:
    return prepare_features(_records(names), "record_key", "source")["surname_canon"].tolist()


def test_an_ov_surname_may_read_as_the_armenian_surname_of_its_root() -> None:
    assert armenian_reading("martirosov") == surname_key("Мартиросян")
    assert armenian_reading("avetisova") == surname_key("Ավետիսյան")
    # Not an -ov surname, or a root too short to be one: no reading.
    assert armenian_reading("kerimli") is None
    assert armenian_reading("iyev") is None


def test_the_lists_write_the_yan_surname_far_more_often() -> None:
    names = [f"Мартиросян {given}" for given in GIVEN] + ["Мартиросов Арам"]
    keys = _surname_keys(names)
    assert keys[-1] == keys[0]
    # The same person, born the same year, is then proposed by the blocking.
    records = _records(["Мартиросян Арам", *names[1:]], ["1960", *[""] * 5, "1960"])
    pairs = blocked_pairs(prepare_features(records, "record_key", "source"))
    found = set(zip(pairs["join_key_l"], pairs["join_key_r"], strict=True))
    assert ("0", "6") in found


def test_an_ov_surname_written_as_often_keeps_its_own_key() -> None:
    names = [f"Babayan {given}" for given in ("Aram", "Karen", "Ashot", "Gayane", "Suren")]
    names += [f"Babayev {given}" for given in ("Əli", "Vüqar", "Elçin", "Aygün", "Rəşad")]
    keys = _surname_keys(names)
    assert keys[-1] != keys[0]
    # Written fewer than five times, the -yan surname takes nothing either.
    keys = _surname_keys(["Петросян Арам", "Петросян Карен", "Петросов Ашот"])
    assert keys[-1] != keys[0]


def test_a_reading_is_counted_as_the_whole_surname_not_as_a_root() -> None:
    # Гасаиов, its ending slipped, would read as a Гасанян, whose letters are the root of
    # every Гасанов: the lists write no Гасанян, and the surname keeps its -ov.
    names = [f"Гасанов {given}" for given in ("Заур", "Эльчин", "Рамиз", "Вугар", "Ильгар")]
    keys = _surname_keys([*names, "Гасаиов Зкир"])
    assert keys[-1].endswith(":ov")
