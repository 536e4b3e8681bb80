"""``update_rows``: the bulk write paths' UPDATE, with ``bulk_update``'s meaning."""

from __future__ import annotations

from typing import Any

import pytest

from rightsledger.cases.bulk_writes import update_rows
from rightsledger.cases.models import HistoryEntry
from rightsledger.records.models import Person, PersonName


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
