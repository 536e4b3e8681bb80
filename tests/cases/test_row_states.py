"""Rows a bulk write names, kept compactly (``RowStates``), and a bulk history written an
entry at a time: the same states, order and entries as from the instances themselves."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from rightsledger.cases.actions import BULK_ENTRY_ROWS, record_bulk_changes
from rightsledger.cases.models import BulkRowRef, HistoryEntry
from rightsledger.cases.state import RowState, RowStates, state_hash
from rightsledger.records import models as rm
from rightsledger.registry.models import LinkedPerson


def _made(case: Any, count: int) -> tuple[list[rm.Person], list[LinkedPerson]]:
    persons = rm.Person.objects.bulk_create(
        [rm.Person(case=case, display_name=f"Person {i}") for i in range(count)]
    )
    markers = LinkedPerson.objects.bulk_create([LinkedPerson(case=case, person=p) for p in persons])
    return persons, markers


def _as_instances(rows: list[Any]) -> list[tuple[str, str, str]]:
    return [(row._meta.label_lower, str(row.pk), state_hash(row)) for row in rows]


def test_states_are_the_instances_states_in_the_order_added(case: Any) -> None:
    persons, markers = _made(case, 4)
    first, second = RowStates(), RowStates()
    for person in persons[:2]:
        first.add(person)
    for marker in markers:  # a label the first log has not seen
        second.add(marker)
    second.add(persons[2])
    first.take(second)
    first.add(persons[3])
    expected = _as_instances([*persons[:2], *markers, persons[2], persons[3]])
    assert [(s.label, str(s.pk), s.digest) for s in first] == expected
    assert len(first) == len(expected)
    assert len(second) == 0
    assert list(second) == []
    assert RowState(expected[0][0], persons[0].pk, expected[0][2]) in first


def test_a_history_kept_or_not_names_the_same_rows(case: Any, owner: Any) -> None:
    persons, markers = _made(case, BULK_ENTRY_ROWS + 3)  # two entries
    states = RowStates()
    for row in [*persons, *markers]:
        states.add(row)
    with transaction.atomic():
        kept = record_bulk_changes(case=case, acting_user=owner, message="kept", summary={},
                                   created=[*persons, *markers])  # fmt: skip
    with transaction.atomic():
        none = record_bulk_changes(case=case, acting_user=owner, message="lean", summary={},
                                   created=states, keep_entries=False)  # fmt: skip
    assert none == []
    assert len(kept) == 3  # 2 * BULK_ENTRY_ROWS + 6 rows
    lean = list(HistoryEntry.objects.filter(message="lean").order_by("sequence"))
    afters: list[Any] = [e.after for e in lean]
    assert [a["rows"] for a in afters] == [e.after["rows"] for e in kept if e.after]
    assert [a["part"] for a in afters] == [[1, 3], [2, 3], [3, 3]]
    for entry, after in zip(lean, afters, strict=True):  # each entry indexed as written
        named = {(t, i) for t, by in after["rows"].items() for ids in by.values() for i in ids}
        refs = set(BulkRowRef.objects.filter(entry=entry).values_list("object_type", "object_id"))
        assert refs == named
