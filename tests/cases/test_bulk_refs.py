"""The index of bulk rows: written with every bulk entry, filled by its migration for the
entries written before it, rebuilt by a bag import, read by the person page through the
access path, and compared with the entries by verify."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from rightsledger.cases import actions, bulk_refs
from rightsledger.cases.actions import create_case, record_bulk_changes
from rightsledger.cases.models import BulkRowRef, HistoryEntry
from rightsledger.cases.querysets import DisclosingIterable
from rightsledger.evidence.verify import verify
from rightsledger.records import models as rm
from rightsledger.registry.queries import bulk_history
from tests.conftest import make_user

PERSON = "records.person"


def _refs(entry: HistoryEntry) -> set[tuple[str, str]]:
    return set(BulkRowRef.objects.filter(entry=entry).values_list("object_type", "object_id"))


def _rows(entry: HistoryEntry) -> set[tuple[str, str]]:
    """What the entry's JSON names, read here without the index's own code."""
    return {
        (object_type, object_id)
        for object_type, by_action in entry.after["rows"].items()
        for ids in by_action.values()
        for object_id in ids
    }


def _persons(case: Any, count: int) -> list[rm.Person]:
    return rm.Person.objects.bulk_create(
        [rm.Person(case=case, display_name=f"Person {i}") for i in range(count)]
    )


def _bulk(case: Any, user: Any, **rows: Any) -> list[HistoryEntry]:
    with transaction.atomic():
        return record_bulk_changes(case=case, acting_user=user, message="bulk", summary={},
                                   **rows)  # fmt: skip


def test_created_changed_and_deleted_rows_are_indexed(case: Any, owner: Any) -> None:
    with transaction.atomic():
        persons = _persons(case, 5)
        [made] = record_bulk_changes(case=case, acting_user=owner, message="made",
                                     summary={}, created=persons)  # fmt: skip
    for person in persons[:2]:
        person.display_name += " (corrected)"
    with transaction.atomic():
        rm.Person.objects.bulk_update(persons[:2], ["display_name"])
        [changed] = record_bulk_changes(case=case, acting_user=owner, message="changed",
                                        summary={}, updated=persons[:2])  # fmt: skip
    with transaction.atomic():
        rm.Person.objects.filter(pk=persons[4].pk).delete()
        [deleted] = record_bulk_changes(case=case, acting_user=owner, message="deleted",
                                        summary={}, deleted=[persons[4]])  # fmt: skip
    assert _refs(made) == _rows(made) == {(PERSON, str(p.pk)) for p in persons}
    assert _refs(changed) == {(PERSON, str(p.pk)) for p in persons[:2]}
    assert _refs(deleted) == {(PERSON, str(persons[4].pk))}

    def written(person: rm.Person) -> list[str]:
        return [e.message for e in bulk_history(owner, case, {PERSON: [person.pk]})]

    assert written(persons[0]) == ["changed", "made"]  # newest first
    assert written(persons[3]) == ["made"]
    assert written(persons[4]) == ["deleted", "made"]
    assert list(bulk_history(owner, case, {PERSON: []})) == []


def test_each_part_of_a_large_write_indexes_its_own_rows(
    case: Any, owner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions, "BULK_ENTRY_ROWS", 3)
    with transaction.atomic():
        persons = _persons(case, 5)
        # The last person is created and changed by the one write, in its second part: one
        # row of the index.
        entries = record_bulk_changes(case=case, acting_user=owner, message="made",
                                      summary={}, created=persons, updated=persons[4:])  # fmt: skip
    assert len(entries) == 2
    for entry in entries:
        assert _refs(entry) == _rows(entry)
    assert len(_refs(entries[1])) == 2
    found = bulk_history(owner, case, {PERSON: [persons[0].pk, persons[4].pk]})
    assert [e.pk for e in found] == [entries[1].pk, entries[0].pk]


def test_names_find_their_entries_too(case: Any, owner: Any) -> None:
    with transaction.atomic():
        [person] = _persons(case, 1)
        name = rm.PersonName.objects.create(case=case, person=person, kind="full", value="A B")
        [entry] = record_bulk_changes(case=case, acting_user=owner, message="names",
                                      summary={}, created=[name])  # fmt: skip
    found = bulk_history(owner, case, {PERSON: [person.pk], "records.personname": [name.pk]})
    assert [e.pk for e in found] == [entry.pk]


def test_entries_come_through_the_access_path(case: Any, owner: Any, stranger: Any) -> None:
    other = create_case(name="Another inquiry", owner=owner)
    with transaction.atomic():
        [person] = _persons(case, 1)
        record_bulk_changes(case=case, acting_user=owner, message="made", summary={},
                            created=[person])  # fmt: skip
    rows = {PERSON: [person.pk]}
    assert bulk_history(owner, case, rows).count() == 1
    assert list(bulk_history(stranger, case, rows)) == []
    assert list(bulk_history(owner, other, rows)) == []  # another case's page
    # What a reader gets passes through the disclosure policy, as every restricted query.
    found = bulk_history(owner, case, rows)
    assert found._iterable_class is DisclosingIterable
    assert found._disclosure_user == owner


def test_deleting_an_entry_takes_its_index_rows(case: Any, owner: Any) -> None:
    with transaction.atomic():
        [entry] = _bulk(case, owner, created=_persons(case, 3))
    assert BulkRowRef.objects.filter(entry=entry).count() == 3
    HistoryEntry.objects.filter(pk=entry.pk).delete()
    assert not BulkRowRef.objects.exists()


def test_verify_finds_the_index_out_of_step(case: Any, owner: Any) -> None:
    persons = _persons(case, 3)
    [entry] = _bulk(case, owner, created=persons)
    assert verify(case).ok, verify(case).problems
    BulkRowRef.objects.filter(entry=entry, object_id=str(persons[1].pk)).delete()
    problems = [str(p) for p in verify(case).problems]
    assert problems == [
        f"history case:{case.pk}#{entry.sequence}: the index of bulk rows lacks 1 row this "
        f"entry names ({PERSON} {persons[1].pk}; index out of step with the history)"
    ]
    # From a later link on (``verify --since``) the entry is checked too.
    assert not verify(case, since=entry.sequence).ok
    BulkRowRef.objects.create(entry=entry, object_type=PERSON, object_id=str(persons[1].pk))
    assert verify(case).ok

    BulkRowRef.objects.create(entry=entry, object_type="records.personname", object_id="999")
    assert "has 1 row this entry does not name (records.personname 999" in str(
        verify(case).problems
    )
    BulkRowRef.objects.filter(object_type="records.personname").delete()
    single = HistoryEntry.objects.filter(case=case).exclude(action="bulk").latest("sequence")
    BulkRowRef.objects.create(entry=single, object_type=PERSON, object_id="1")
    assert "which is not a bulk entry" in str(verify(case).problems)


@pytest.mark.django_db(transaction=True)
def test_the_migration_indexes_the_entries_written_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    owner = make_user("migrating-owner")
    case = create_case(name="Older inquiry", owner=owner)
    monkeypatch.setattr(actions, "BULK_ENTRY_ROWS", 3)
    monkeypatch.setattr(bulk_refs, "ENTRIES_PER_PAGE", 2)  # several pages
    persons = _persons(case, 10)
    entries = _bulk(case, owner, created=persons) + _bulk(case, owner, updated=persons[:4])
    assert len(entries) == 6
    expected = set(BulkRowRef.objects.values_list("object_type", "object_id", "entry_id"))
    assert len(expected) == 14

    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate([("cases", "0005_historyentry_state_hash")])  # before the index
    executor.loader.build_graph()
    executor.migrate(latest)  # the index made, and filled from the entries
    assert set(BulkRowRef.objects.values_list("object_type", "object_id", "entry_id")) == expected
    assert verify(case).ok, verify(case).problems


def test_a_bag_import_rebuilds_the_index(db: None, tmp_path: Path) -> None:
    from rightsledger.archive.bag import export_bag
    from rightsledger.archive.restore import import_bag

    owner = make_user("field-owner")
    with transaction.atomic():
        point = transaction.savepoint()
        case = create_case(name="Hillside inquiry", owner=owner)
        persons = _persons(case, 4)
        [entry] = record_bulk_changes(case=case, acting_user=owner, message="made",
                                      summary={}, created=persons)  # fmt: skip
        sequence = entry.sequence
        path = export_bag(case, tmp_path / "bag", acting_user=owner).path
        transaction.savepoint_rollback(point)
    assert not BulkRowRef.objects.exists()
    imported = import_bag(path, acting_user=make_user("archivist"))
    restored = HistoryEntry.objects.get(case=imported, sequence=sequence)
    assert _refs(restored) == _rows(restored)
    assert len(_rows(restored)) == 4
    assert verify(imported).ok, verify(imported).problems
