"""``update_rows``, ``insert_rows`` and ``NewRows``: the bulk write paths' UPDATE and
INSERT, with ``bulk_update``'s and ``bulk_create``'s meaning."""

from __future__ import annotations

from typing import Any

import pytest

from rightsledger.cases.bulk_writes import NewRows, insert_rows, row_maker, update_rows
from rightsledger.cases.models import HistoryEntry
from rightsledger.cases.state import RowStates, state_hash
from rightsledger.records.models import Person, PersonName, Source
from rightsledger.registry.models import ListImport, RawRow, SourceRecord


@pytest.mark.django_db
def test_writes_the_given_fields_of_each_row_and_nothing_else(case: Any) -> None:
    persons = Person.objects.bulk_create(
        [Person(case=case, display_name=f"Person {n}", birth_year=1950 + n) for n in range(5)]
    )
    untouched = Person.objects.create(case=case, display_name="Untouched", birth_year=1940)
    entries = HistoryEntry.objects.count()
    persons[0].display_name, persons[0].birth_year = "Ağalı Rəşid", None
    persons[3].display_name, persons[3].birth_year = "Алиев O'Neil; DROP TABLE x", 1933
    persons[4].display_name = "not written: the field is not named"
    update_rows(Person, [persons[0], persons[3]], ["display_name", "birth_year"])
    update_rows(Person, [persons[4]], ["birth_year"])

    stored = {p.pk: (p.display_name, p.birth_year) for p in Person.objects.filter(case=case)}
    assert stored[persons[0].pk] == ("Ağalı Rəşid", None)
    assert stored[persons[3].pk] == ("Алиев O'Neil; DROP TABLE x", 1933)
    assert stored[persons[4].pk] == ("Person 4", 1954)
    assert stored[persons[1].pk] == ("Person 1", 1951)
    assert stored[untouched.pk] == ("Untouched", 1940)
    # Like bulk_update: a write path below the actions, which record the history themselves.
    assert HistoryEntry.objects.count() == entries


@pytest.mark.django_db
def test_a_foreign_key_is_written_by_its_column(case: Any) -> None:
    first, second = Person.objects.bulk_create(
        [Person(case=case, display_name="A"), Person(case=case, display_name="B")]
    )
    name = PersonName.objects.create(case=case, person=first, kind="full", value="A")
    name.person = second
    update_rows(PersonName, [name], ["person"])
    assert PersonName.objects.get(pk=name.pk).person_id == second.pk


@pytest.mark.django_db
def test_nothing_to_write_sends_nothing(case: Any, django_assert_num_queries: Any) -> None:
    person = Person.objects.create(case=case, display_name="A")
    with django_assert_num_queries(0):
        update_rows(Person, [], ["display_name"])
        update_rows(Person, [person], [])


@pytest.mark.django_db
def test_more_rows_than_one_statement_holds_and_a_column_of_nulls(
    case: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunk = 40  # rows per statement, made small here
    monkeypatch.setattr("rightsledger.cases.bulk_writes.CHUNK", chunk)

    persons = Person.objects.bulk_create(
        [
            Person(case=case, display_name=f"P{n}", birth_year=1900 + n % 90)
            for n in range(2 * chunk + 7)
        ]
    )
    for person in persons:
        person.birth_year = None  # every value of the column NULL: still the column's type
        person.display_name = person.display_name.lower()
    update_rows(Person, persons, ["birth_year", "display_name"])
    stored = dict(Person.objects.filter(case=case).values_list("display_name", "birth_year"))
    assert len(stored) == 2 * chunk + 7
    assert set(stored.values()) == {None}
    assert all(name.startswith("p") for name in stored)


def _list_import(case: Any) -> ListImport:
    source = Source.objects.create(case=case, title="List", kind="list")
    return ListImport.objects.create(
        case=case, source=source, file_name="l.csv", file_sha256="0" * 64, file_size=1,
        file_format="csv",
    )  # fmt: skip


@pytest.mark.django_db
def test_inserts_rows_as_bulk_create_does(case: Any) -> None:
    list_import = _list_import(case)
    awkward = ["Ağalı\tRəşid", "line\nbreak", "back\\slash \\N", "", "Алиев O'Neil"]
    rows = [RawRow(case_id=case.pk, list_import=list_import, row_number=n, cells=awkward[:n])
            for n in range(1, 6)]  # fmt: skip
    expected = [RawRow(case=case, list_import=list_import, row_number=n + 10, cells=awkward[:n])
                for n in range(1, 6)]  # fmt: skip
    RawRow.objects.bulk_create(expected)
    entries = HistoryEntry.objects.count()
    insert_rows(RawRow, rows)

    assert [r.pk for r in rows] == sorted(r.pk for r in rows)
    assert all(not r._state.adding for r in rows)
    stored = {r.pk: r for r in RawRow.objects.filter(pk__in=[r.pk for r in rows])}
    for row, twin in zip(rows, expected, strict=True):
        assert stored[row.pk].cells == twin.cells == row.cells
        # What the history records of the instance is what the database holds.
        assert state_hash(stored[row.pk]) == state_hash(row)
    assert HistoryEntry.objects.count() == entries


@pytest.mark.django_db
def test_ids_follow_the_tables_and_are_never_given_twice(case: Any) -> None:
    first = [Person(case_id=case.pk, display_name=f"P{n}") for n in range(3)]
    insert_rows(Person, first)
    made_by_orm = Person.objects.create(case=case, display_name="by the ORM")
    highest = made_by_orm.pk
    assert highest > first[-1].pk
    made_by_orm.delete()  # the highest id goes; it must not be given again
    again = [Person(case_id=case.pk, display_name=f"Q{n}") for n in range(2)]
    insert_rows(Person, again)
    assert [p.pk for p in again] == list(range(again[0].pk, again[0].pk + 2))
    assert again[0].pk > highest
    assert Person.objects.create(case=case, display_name="next").pk > again[-1].pk
    stored = Person.objects.filter(pk__in=[p.pk for p in [*first, *again]])
    assert sorted(stored.values_list("display_name", flat=True)) == ["P0", "P1", "P2", "Q0", "Q1"]


@pytest.mark.django_db
def test_a_relation_saved_after_it_was_assigned_is_written_by_its_id(case: Any) -> None:
    person = Person(case_id=case.pk, display_name="A", birth_year=None)
    name = PersonName(case_id=case.pk, person=person, kind="full", value="A", search_key="a")
    insert_rows(Person, [person])
    insert_rows(PersonName, [name])
    stored = PersonName.objects.get(pk=name.pk)
    assert stored.person_id == person.pk
    assert Person.objects.get(pk=person.pk).birth_year is None
    assert state_hash(stored) == state_hash(name)


@pytest.mark.django_db
def test_a_relation_never_saved_is_refused_and_nothing_is_written(case: Any) -> None:
    person = Person(case_id=case.pk, display_name="A")
    name = PersonName(case_id=case.pk, person=person, kind="full", value="A", search_key="a")
    with pytest.raises(ValueError, match="unsaved related object 'person'"):
        insert_rows(PersonName, [name])
    assert not PersonName.objects.filter(case=case).exists()


@pytest.mark.django_db
def test_inserting_nothing_sends_nothing(django_assert_num_queries: Any) -> None:
    with django_assert_num_queries(0):
        insert_rows(Person, [])


def test_a_row_maker_makes_what_the_model_makes() -> None:
    make = row_maker(SourceRecord)
    values = {"case_id": 1, "list_import_id": 2, "source_id": 3, "record_id": "r-1",
              "full_name": "Ağalı Rəşid", "birth_year": 1950, "age": None}  # fmt: skip
    made, plain = make(**values), SourceRecord(**values)
    assert {f.attname: getattr(made, f.attname) for f in SourceRecord._meta.concrete_fields} == {
        f.attname: getattr(plain, f.attname) for f in SourceRecord._meta.concrete_fields
    }
    assert made._state.adding
    assert made.pk is None
    # A default that is a new list each time stays one for each row.
    assert make().warnings is not make().warnings


@pytest.mark.django_db
def test_rows_as_values_are_written_and_hashed_as_instances_are(case: Any) -> None:
    list_import = _list_import(case)
    source = list_import.source
    raws = NewRows(RawRow)
    cells = [["Ağalı\tRəşid", "line\nbreak"], ["back\\slash \\N", ""], ["Алиев O'Neil"]]
    for n, row_cells in enumerate(cells, start=1):
        raws.add(case_id=case.pk, list_import_id=list_import.pk, row_number=n, cells=row_cells)
    raws.insert()
    records = NewRows(SourceRecord)
    for raw in raws.rows:
        records.add(case_id=case.pk, list_import_id=list_import.pk, source_id=source.pk,
                    raw_row_id=raws.pk(raw), record_id=f"r{raws.pk(raw)}", surname="Ağalı",
                    given_name="Rəşid", birth_year=1950)  # fmt: skip
    records.insert()
    states = RowStates()
    for batch in (raws, records):
        for row in batch.rows:
            states.add_values(batch.model, row)

    keys = [raws.pk(r) for r in raws.rows]
    assert keys == sorted(keys)
    assert len(set(keys)) == 3
    stored = {(type(r)._meta.label_lower, r.pk): r for r in [
        *RawRow.objects.filter(pk__in=keys),
        *SourceRecord.objects.filter(pk__in=[records.pk(r) for r in records.rows]),
    ]}  # fmt: skip
    assert [stored["registry.rawrow", k].cells for k in keys] == cells
    # The history's hash of each row is the hash of the row the database holds.
    assert len(states) == 6
    for state in states:
        assert state.digest == state_hash(stored[state.label, state.pk])
    # Read by attribute, a row gives its fields and the model's properties.
    view = records.view(records.rows[0])
    assert view.pk == records.pk(records.rows[0])
    assert (
        view.display_name == stored["registry.sourcerecord", view.pk].display_name == "Ağalı Rəşid"
    )
    with pytest.raises(AttributeError):
        _ = view.no_such_field
    # A default made afresh is one for each row.
    assert records.view(records.rows[0]).warnings is not records.view(records.rows[1]).warnings
    # Written once: a second write would make the same rows again under new keys.
    with pytest.raises(RuntimeError, match="written already"):
        records.insert()


def test_a_model_that_sets_fields_on_saving_needs_instances() -> None:
    with pytest.raises(TypeError, match="imported_at"):
        NewRows(ListImport)
