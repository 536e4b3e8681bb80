"""Lists disagree on a person's fate and birth year by a year or two: no reason to split.

Relatives, who disagree on the given name, stay apart all the same.
"""

from __future__ import annotations

import pandas as pd
import pytest
from tests.analysis.linkage import handmade

from rightsledger.analysis.linkage import LinkageConfig, link

PERSON = "qasimov_huseyn"


@pytest.fixture(scope="module")
def linked() -> pd.DataFrame:
    records = handmade.records()
    own = records["person"] == PERSON
    records.loc[own, "status"] = "captured"
    records.loc[own & (records["source"] == "az"), "status"] = "killed"
    records.loc[own & (records["source"] == "en_ru"), "status"] = "released"
    # The Armenian list gives the birth year one later, the Russian one two earlier.
    hy = own & (records["source"] == "hy")
    records.loc[hy, "birth_year"] = (records.loc[hy, "birth_year"].astype(int) + 1).astype(str)
    ru = own & (records["source"] == "ru")
    day_month, year = records.loc[ru, "birth_date"].str.rsplit(".", n=1).iloc[0]
    records.loc[ru, "birth_date"] = f"{day_month}.{int(year) - 2}"
    result = link(records.drop(columns=["person"]), LinkageConfig(duckdb_threads=2))
    return records.assign(found=records["record_key"].map(result.person_of()))


def test_other_fates_and_birth_years_a_year_or_two_apart_still_join(linked: pd.DataFrame) -> None:
    assert linked.loc[linked["person"] == PERSON, "found"].nunique() == 1


@pytest.mark.parametrize(("one", "other"), handmade.RELATIVES)
def test_relatives_stay_apart(linked: pd.DataFrame, one: str, other: str) -> None:
    found = linked.groupby("person")["found"].agg(set)
    assert not found[one] & found[other]
