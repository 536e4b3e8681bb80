"""Linkage of a small hand-written registry: relatives stay apart, conventions join."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from tests.analysis.linkage import handmade

from rightsledger.analysis.linkage import Decision, DecisionKind, LinkageConfig, link


@pytest.fixture(scope="module")
def linked() -> pd.DataFrame:
    records = handmade.records()
    result = link(records.drop(columns=["person"]), LinkageConfig(duckdb_threads=2))
    return records.assign(found=records["record_key"].map(result.person_of()))


def _found(linked: pd.DataFrame, person: str) -> set[str]:
    return set(linked.loc[linked["person"] == person, "found"])


@pytest.mark.parametrize(("one", "other"), handmade.RELATIVES)
def test_relatives_are_never_merged(linked: pd.DataFrame, one: str, other: str) -> None:
    assert not _found(linked, one) & _found(linked, other)


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(handmade.CONVENTIONS, 2)))
def test_each_pair_of_conventions_joins(linked: pd.DataFrame, first: str, second: str) -> None:
    persons = [
        person for person, names in handmade.PERSONS.items() if first in names and second in names
    ]
    assert len(persons) >= 8
    split = []
    for person in persons:
        rows = linked[(linked["person"] == person) & linked["source"].isin({first, second})]
        if rows["found"].nunique() != 1:
            split.append(person)
    assert not split, f"{first} and {second} entries of {split} are not joined"


def test_every_person_is_one_cluster(linked: pd.DataFrame) -> None:
    listed = linked[linked["source"] != "initials"]
    sizes = listed.groupby("person")["found"].nunique()
    assert (sizes == 1).all(), sizes[sizes > 1]
    assert listed.groupby("found")["person"].nunique().max() == 1


def test_an_initial_joins_its_full_name_only_when_the_rest_agrees(linked: pd.DataFrame) -> None:
    found = linked.set_index("record_key")["found"]
    samil = _found(linked, "salmanov_samil") - {found["initials:samil"]}
    assert found["initials:samil"] in _found(linked, "salmanov_samil")
    assert samil == set()  # one person, not two
    stranger = found["initials:stranger"]
    family = ("salmanov_samil", "salmanov_musa", "salmanova_leyla")
    assert all(stranger not in _found(linked, person) for person in family)


def test_a_reviewer_may_join_what_the_names_keep_apart() -> None:
    records = handmade.records()
    decision = Decision("az:salmanov_samil", "az:salmanov_musa", DecisionKind.MATCH)
    result = link(records.drop(columns=["person"]), LinkageConfig(duckdb_threads=2), [decision])
    person = result.person_of()
    assert person["az:salmanov_samil"] == person["az:salmanov_musa"]
    # The decision binds the two records it names, not the brothers' other entries.
    assert person["ru:salmanov_samil"] != person["ru:salmanov_musa"]
