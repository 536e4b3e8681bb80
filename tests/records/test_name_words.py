"""The name words index is kept by the database, whichever way names are written."""

from __future__ import annotations

from typing import Any

from django.db import connection

from rightsledger.cases.actions import delete_object, update_object
from rightsledger.records import models as rm
from rightsledger.records import name_words
from rightsledger.records.actions import create_person
from rightsledger.records.name_words import (
    NameWord,
    matches_are_common,
    persons_named,
    query_words,
)
from rightsledger.records.naming import search_key
from rightsledger.records.word_triggers import ensure_word_index, install_word_index


def words_of(name: rm.PersonName) -> list[tuple[int, int, str]]:
    rows = NameWord.objects.filter(name_ref=name.pk).values_list("case_ref", "person_ref", "word")
    return sorted(rows)


def found(case: Any, query: str) -> set[str]:
    persons = rm.Person.objects.filter(case=case).filter(persons_named(query, case.pk))
    return {p.display_name for p in persons}


def test_query_words_longest_first() -> None:
    words = query_words("Ali  Məmmədov Ali")
    assert words == [search_key("Məmmədov"), search_key("Ali")]  # once each, longest first
    assert query_words("  ") == []


def test_words_follow_every_write_through_the_actions(case: Any, owner: Any) -> None:
    person = create_person(case=case, acting_user=owner, names=[{"value": "Aliyev Rashid"}])
    name = person.names.get()
    expected = sorted((case.pk, person.pk, word) for word in search_key(name.value).split())
    assert words_of(name) == expected
    update_object(name, acting_user=owner, value="Mammadov Rashid")
    assert [w for *_r, w in words_of(name)] == sorted(search_key("Mammadov Rashid").split())
    delete_object(name, acting_user=owner)
    assert words_of(name) == []


def test_words_follow_bulk_writes(case: Any, owner: Any) -> None:
    # Imports and linkage write names in bulk, past save(): the database keeps the words.
    one = create_person(case=case, acting_user=owner, names=[{"value": "Quliyev Nadir"}])
    other = create_person(case=case, acting_user=owner, names=[{"value": "Həsənova Aygün"}])
    [name] = rm.PersonName.objects.bulk_create([
        rm.PersonName(case=case, person=one, value="Rashid Aliyev",
                      search_key=search_key("Rashid Aliyev")),
    ])  # fmt: skip
    assert found(case, "aliyev") == {"Quliyev Nadir"}
    # Moved to another person (as linkage moves a row's facts): the words go with it.
    rm.PersonName.objects.filter(pk=name.pk).update(person=other)
    assert found(case, "aliyev rashid") == {"Həsənova Aygün"}
    assert {p for _c, p, _w in words_of(name)} == {other.pk}
    rm.PersonName.objects.filter(pk=name.pk).update(search_key=search_key("Kamal"))
    assert found(case, "aliyev") == set()
    assert found(case, "kamal") == {"Həsənova Aygün"}
    rm.PersonName.objects.filter(pk=name.pk).delete()
    assert words_of(name) == []


def test_any_word_order_and_any_word(case: Any, owner: Any) -> None:
    for value in ("Aliyev Rashid Kamal oğlu", "Rashidov Ali", "Məmmədov Rashid", "Алиев Рашид"):
        create_person(case=case, acting_user=owner, names=[{"value": value}])
    assert found(case, "Rashid Aliyev") == {"Aliyev Rashid Kamal oğlu", "Алиев Рашид"}
    assert found(case, "kamal aliyev rashid") == {"Aliyev Rashid Kamal oğlu"}
    assert found(case, "Rashid") >= {"Aliyev Rashid Kamal oğlu", "Məmmədov Rashid", "Алиев Рашид"}
    assert found(case, "ali rash") == {"Aliyev Rashid Kamal oğlu", "Rashidov Ali", "Алиев Рашид"}
    assert found(case, "Rashid Mammadov") == {"Məmmədov Rashid"}
    assert found(case, "Rashid Quliyev") == set()


def test_common_matches_are_judged_among_the_newest_persons(
    case: Any, owner: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(name_words, "DENSITY_SAMPLE", 6)
    monkeypatch.setattr(name_words, "COMMON_MATCHES", 2)
    for value in ["Quliyev Nadir"] * 3 + ["Aliyev Rashid", "Rashidov Ali"] + ["Kamalov Leyla"] * 4:
        create_person(case=case, acting_user=owner, names=[{"value": value}])
    # Of the six newest: four Kamalov Leyla, Rashidov Ali, Aliyev Rashid.
    assert matches_are_common(case.pk, query_words("leyla kamal"))
    assert matches_are_common(case.pk, query_words("ali rash"))  # two in either order
    assert not matches_are_common(case.pk, query_words("aliyev rashid"))  # one
    assert not matches_are_common(case.pk, query_words("quliyev nadir"))  # only older ones
    assert found(case, "quliyev nadir") == {"Quliyev Nadir"}  # found all the same


def test_an_index_lost_by_a_rebuilt_table_is_put_back(case: Any, owner: Any) -> None:
    person = create_person(case=case, acting_user=owner, names=[{"value": "Aliyev Rashid"}])
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TRIGGER records_nameword_insert ON records_personname")
        else:
            cursor.execute("DROP TRIGGER records_nameword_insert")
        cursor.execute("DELETE FROM records_nameword")
    ensure_word_index(using="default")
    assert found(case, "rashid") == {"Aliyev Rashid"}  # every name split again
    create_person(case=case, acting_user=owner, names=[{"value": "Rashidova Leyla"}])
    assert found(case, "leyla") == {"Rashidova Leyla"}  # and kept again
    install_word_index(connection)  # idempotent
    assert NameWord.objects.filter(person_ref=person.pk).count() == 2


def test_words_compare_by_code_point(db: None) -> None:
    # A search's prefix range is exact only in code-point order (see ``_starting_with``).
    if connection.vendor != "postgresql":
        return  # SQLite compares text by its binary collation
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT collation_name FROM information_schema.columns"
            " WHERE table_name = 'records_nameword' AND column_name = 'word'"
        )
        assert cursor.fetchone() == ("C",)


def test_one_statement_moving_and_respelling_many_names_keeps_every_word(
    case: Any, owner: Any
) -> None:
    # A linkage write-back changes thousands of names in one statement: some move to
    # another person, some are spelt anew, some both, some neither; the words must be
    # those a split from scratch would give.
    persons = [
        create_person(case=case, acting_user=owner, names=[{"value": f"Şıxəliyev Ramil {n}"}])
        for n in range(4)
    ]
    extra = rm.PersonName.objects.bulk_create([
        rm.PersonName(case=case, person=persons[n % 4], value=value, search_key=search_key(value))
        for n, value in enumerate(["Алиев Рашид", "Aliyev Rəşid", "Mammadova Leyla", "Гусейн Гусейнов",
                                   "Hüseyn Hüseynov", "Leyla Məmmədova"])
    ])  # fmt: skip
    names = list(rm.PersonName.objects.filter(case=case).order_by("pk"))
    first, second = persons[0].pk, persons[1].pk
    rm.PersonName.objects.filter(pk__in=[n.pk for n in names[::2]]).update(person_id=second)
    rm.PersonName.objects.filter(pk__in=[n.pk for n in names[1::3]]).update(
        search_key=search_key("Kamal Nəsirov"), person_id=first
    )
    expected = sorted(
        (n.case_id, n.person_id, n.pk, word)
        for n in rm.PersonName.objects.filter(case=case)
        for word in set(n.search_key.split())
    )
    stored = sorted(
        NameWord.objects.filter(case_ref=case.pk).values_list(
            "case_ref", "person_ref", "name_ref", "word"
        )
    )
    assert stored == expected
    assert len(extra) == 6
    assert found(case, "kamal nəsirov") == {p.display_name for p in persons[:1]}
    rm.PersonName.objects.filter(pk__in=[n.pk for n in names[:5]]).delete()
    assert sorted(NameWord.objects.filter(case_ref=case.pk).values_list("name_ref", flat=True)) == (
        sorted(
            n.pk
            for n in rm.PersonName.objects.filter(case=case)
            for _w in set(n.search_key.split())
        )
    )
