"""A surname with a slip in its -ov/-ova ending (Aliywva, Guseynpva, Safarvoa) is read as
the surname the lists write, where they write it often: the entry joins its person, and
relatives, whose given names differ, stay apart."""

from __future__ import annotations

import pandas as pd
import pytest
from tests.analysis.linkage import handmade

from rightsledger.analysis.linkage import LinkageConfig, link
from rightsledger.analysis.linkage.features import prepare_features

PERSON = "eliyeva_gunel"


@pytest.fixture(scope="module")
def linked() -> pd.DataFrame:
    records = handmade.records()
    slipped = (records["person"] == PERSON) & (records["source"] == "en_az")
    # Given name first, as the list writes it, and the surname's ending mistyped.
    records.loc[slipped, "full_name"] = "Gunel Aliywva"
    result = link(records.drop(columns=["person"]), LinkageConfig(duckdb_threads=2))
    return records.assign(found=records["record_key"].map(result.person_of()))


def test_a_surname_with_a_slip_in_its_ending_joins_its_person(linked: pd.DataFrame) -> None:
    assert linked.loc[linked["person"] == PERSON, "found"].nunique() == 1


@pytest.mark.parametrize(("one", "other"), handmade.RELATIVES)
def test_relatives_stay_apart(linked: pd.DataFrame, one: str, other: str) -> None:
    found = linked.groupby("person")["found"].agg(set)
    assert not found[one] & found[other]


def _surname_keys(names: list[str]) -> list[str]:
    records = pd.DataFrame(
        {"record_key": [str(i) for i in range(len(names))], "source": "a", "full_name": names}
    )
    return prepare_features(records, "record_key", "source")["surname_canon"].tolist()


def test_the_reading_the_lists_write_often_is_taken() -> None:
    keys = _surname_keys(["Гусейнова Лейла"] * 12 + ["Guseynpva Leyla", "Leyla Guseynpva"])
    assert len(set(keys)) == 1


def test_a_rare_surname_keeps_its_own_key() -> None:
    # Nəsirova is a surname of its own beside Nəsibova, not a slip of it: the letter
    # that differs is in the root, not in the ending.
    keys = _surname_keys(["Nəsibova Gülnarə"] * 8 + ["Nəsirova Gülnarə"])
    assert keys[-1] != keys[0]


def test_a_slip_that_the_lists_do_not_write_often_is_left_as_it_stands() -> None:
    keys = _surname_keys(["Səfərova Xədicə", "Safarvoa Khadija"])
    assert keys[0] != keys[1]
