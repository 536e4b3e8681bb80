"""Linking imported lists into persons, on simulated lists with known truth."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from rightsledger.analysis.simulate import simulate
from rightsledger.records.models import Person
from rightsledger.registry.importing import import_list
from rightsledger.registry.linking import LinkageError, run_linkage
from rightsledger.registry.models import ReviewPair, SourceRecord
from rightsledger.registry.review import decide_pair, pending_pairs, split_person


@pytest.fixture
def simulated(case: Any, owner: Any, tmp_path: Path) -> dict[tuple[str, str], str]:
    """Four simulated lists imported into the case; returns (source, record_id) → true person."""
    simulation = simulate(people=250, lists=4, seed=11)
    simulation.write(tmp_path)
    for name in simulation.lists:
        import_list(case=case, source=name, path=tmp_path / f"{name}.csv", acting_user=owner)
    truth = simulation.truth
    keys = zip(truth["list"], truth["record_id"], truth["person_id"], strict=True)
    return {(source, record): person for source, record, person in keys}


def pairs_of(groups: dict[Any, set[Any]]) -> set[frozenset[Any]]:
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}


def test_linkage_finds_the_same_person_across_lists(
    case: Any, owner: Any, simulated: dict[tuple[str, str], str]
) -> None:
    outcome = run_linkage(case=case, acting_user=owner)
    records = list(SourceRecord.objects.filter(case=case).values_list(
        "pk", "source__title", "record_id", "person_id"))  # fmt: skip
    assert all(person is not None for *_, person in records)
    found: dict[Any, set[int]] = {}
    true: dict[Any, set[int]] = {}
    for pk, source, record_id, person in records:
        found.setdefault(person, set()).add(pk)
        true.setdefault(simulated[(source, record_id)], set()).add(pk)
    predicted, actual = pairs_of(found), pairs_of(true)
    precision = len(predicted & actual) / len(predicted)
    recall = len(predicted & actual) / len(actual)
    assert precision > 0.9, precision
    assert recall > 0.85, recall
    assert outcome.persons == len(found) == Person.objects.filter(case=case).count()


def test_a_rerun_keeps_persons_and_decisions_bind(
    case: Any, owner: Any, simulated: dict[tuple[str, str], str]
) -> None:
    run_linkage(case=case, acting_user=owner)
    before = dict(SourceRecord.objects.filter(case=case).values_list("pk", "person_id"))
    run_linkage(case=case, acting_user=owner)
    after = dict(SourceRecord.objects.filter(case=case).values_list("pk", "person_id"))
    assert before == after
    # Pick two records the model merged and declare them different people.
    person = next(p for p in set(after.values()) if list(after.values()).count(p) >= 2)
    a, b = sorted(pk for pk, p in after.items() if p == person)[:2]
    decide_pair(case=case, record_a=a, record_b=b, verdict="non_match", acting_user=owner)
    run_linkage(case=case, acting_user=owner)
    linked = dict(SourceRecord.objects.filter(case=case).values_list("pk", "person_id"))
    assert linked[a] != linked[b]
    # And two different persons declared the same are merged by every later run.
    c = next(pk for pk, p in linked.items() if p not in {linked[a], linked[b]})
    decide_pair(case=case, record_a=a, record_b=c, verdict="match", acting_user=owner)
    run_linkage(case=case, acting_user=owner)
    linked = dict(SourceRecord.objects.filter(case=case).values_list("pk", "person_id"))
    assert linked[a] == linked[c] != linked[b]
    assert not any(pending_pairs(case).filter(record_a=min(a, c), record_b=max(a, c)))
    assert ReviewPair.objects.filter(case=case, run__is_current=True).count() >= 0


def test_split_moves_records_and_survives_a_rerun(
    case: Any, owner: Any, simulated: dict[tuple[str, str], str]
) -> None:
    run_linkage(case=case, acting_user=owner)
    linked = dict(SourceRecord.objects.filter(case=case).values_list("pk", "person_id"))
    person_id = next(p for p in set(linked.values()) if list(linked.values()).count(p) >= 2)
    records = sorted(pk for pk, p in linked.items() if p == person_id)
    new = split_person(case=case, person=Person.objects.get(pk=person_id),
                       record_ids=records[:1], acting_user=owner)  # fmt: skip
    assert SourceRecord.objects.get(pk=records[0]).person_id == new.pk
    run_linkage(case=case, acting_user=owner)
    relinked = dict(SourceRecord.objects.filter(case=case).values_list("pk", "person_id"))
    assert all(relinked[records[0]] != relinked[r] for r in records[1:])


def test_no_records_is_a_clear_error(case: Any, owner: Any) -> None:
    with pytest.raises(LinkageError, match="no imported records"):
        run_linkage(case=case, acting_user=owner)
