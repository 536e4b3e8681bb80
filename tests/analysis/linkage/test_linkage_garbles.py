"""A given name with its vowels left out is a slip, not another name: the entry joins its
person, and relatives, whose names differ otherwise, stay apart."""

from __future__ import annotations

import pandas as pd
import pytest
from tests.analysis.linkage import handmade

from rightsledger.analysis.linkage import LinkageConfig, link
from rightsledger.analysis.linkage.similarity import Agreement, name_agreement
from rightsledger.analysis.names.keys import name_key

PERSON = "haciyev_cavid"


@pytest.fixture(scope="module")
def linked() -> pd.DataFrame:
    records = handmade.records()
    garbled = (records["person"] == PERSON) & (records["source"] == "az")
    records.loc[garbled, "full_name"] = "Hacıyev Cvd Əli oğlu"
    result = link(records.drop(columns=["person"]), LinkageConfig(duckdb_threads=2))
    return records.assign(found=records["record_key"].map(result.person_of()))


def test_a_given_name_with_its_vowels_left_out_joins_its_person(linked: pd.DataFrame) -> None:
    assert linked.loc[linked["person"] == PERSON, "found"].nunique() == 1


@pytest.mark.parametrize(("one", "other"), handmade.RELATIVES)
def test_relatives_stay_apart(linked: pd.DataFrame, one: str, other: str) -> None:
    found = linked.groupby("person")["found"].agg(set)
    assert not found[one] & found[other]


@pytest.mark.parametrize(
    ("one", "other", "agreement"),
    [
        ("Məmməd", "Mmməd", Agreement.SIMILAR),
        ("Cavid", "Cvd", Agreement.SIMILAR),
        # Two names that share their consonants differ in a vowel, not by one left out.
        ("Həsən", "Hüseyn", Agreement.DIFFERENT),
        # Two letters left: a consonant may have gone too (Laa for Lalə, not Leyla).
        ("Leyla", "Laa", Agreement.DIFFERENT),
    ],
)
def test_only_vowels_left_out_make_a_slip(one: str, other: str, agreement: Agreement) -> None:
    assert name_agreement(name_key(one), name_key(other), skeleton=True) is agreement
