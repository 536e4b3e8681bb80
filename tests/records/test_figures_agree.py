"""The fast counts equal the definitions: every figure, conflict, source split and pair
awaiting review counted by ``records.figure_counts`` (and ``registry.stats``) is the size
of the set ``figures.figure_persons`` defines, on a case mixing imported and hand-entered
persons, for the whole case and for events within it.  Runs on SQLite and, with
DATABASE_URL pointing at it, on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q
from django.test.utils import CaptureQueriesContext

from rightsledger.cases.actions import create_case, create_object
from rightsledger.records import figure_counts as fc
from rightsledger.records import figures as f
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person
from rightsledger.records.queries import persons_of_event
from rightsledger.records.summary import case_summary
from rightsledger.registry.importing import import_list
from rightsledger.registry.linking import regroup
from rightsledger.registry.models import (
    LinkageRun,
    MatchDecision,
    ReviewPair,
    SourceRecord,
    documented_label,
)
from rightsledger.registry.review import pending_pairs
from rightsledger.registry.stats import case_figures

HEADER = "record_id,full_name,sex,birth_year,age,event_date,status,family_id"
LIST_A = [
    "a1,Leyla Quliyeva,f,1950,,1992-02-26,killed,H1",
    "a2,Rauf Quliyev,m,1985,,1992-02-26,killed,H1",
    "a3,Kamran Əliyev,m,1920,,1992-02-26,killed,H2",
    "a4,Nicat Həsənov,m,1970,,1992-02-26,captured,",
    "a5,Aysel Rzayeva,f,1972,,1992-02-26,captured,",
    "a6,Fuad Əliyev,m,1980,,1992-02-26,injured,H2",
    "a7,Sevil Cəfərova,f,,,1992,killed,H3",
    "a8,Orxan Cəfərov,m,2001,,,killed,H3",
    "a9,Zəhra Səfərova,f,1931,,,displaced,",
    "a10,Tural Qasımov,,1975,,1992-02-26,missing,",
]  # fmt: skip
LIST_B = [
    "b1,Nicat Həsənov,m,1970,,1992-03-20,released,",
    "b2,Kamran Əliyev,m,,72,1992-02-26,killed,X9",
    "b3,Gülnar Nəsirova,f,,30,1992-02-26,missing,",
    "b4,Samir Kərimov,m,,40,1992-02-26,missing,",
    "b5,Samir Kərimov,m,,40,1992-05-01,found dead,",
    "b6,Leyla Quliyeva,f,1950,,1992-02-26,injured,",
    "b7,Tural Qasımov,m,1975,16,1992-02-26,identified,",
    "b8,Elçin Babayev,m,1990,,1994-01-01,killed,",
    "b9,Elçin Babayev,m,1990,,1993,displaced,",
]  # fmt: skip
EVENT_DAY = dt.date(1992, 2, 26)


def _import(case: Any, owner: Any, tmp_path: Path, event: Any) -> None:
    for name, rows in (("A", LIST_A), ("B", LIST_B)):
        path = tmp_path / f"{case.slug}-{name}.csv"
        path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
        import_list(case=case, source=f"List {name}", path=path, acting_user=owner, event=event)
    groups: dict[str, list[int]] = {}
    for record in SourceRecord.objects.filter(case=case).order_by("pk"):
        groups.setdefault(record.full_name, []).append(record.pk)
    regroup(case=case, groups=list(groups.values()), acting_user=owner, message="by name")


KILLING, LATER = ("killing", None), ("killing", dt.date(1994, 6, 1))
INJURY, DETENTION = ("injury", None), ("detention", None)
DISPLACEMENT, OTHER = ("displacement", None), ("other", None)
# name, the person's fields, statuses (status, act, date, attributed to the testimony?)
BY_HAND: list[tuple[str, dict[str, Any], list[tuple[str, tuple[str, Any], Any, bool]]]] = [
    # A child at one killed record (1992, aged 17), an adult at another (1994).
    ("Rəşid Məmmədov", {"sex": "male", "birth_year": 1975},
     [("killed", KILLING, EVENT_DAY, False), ("killed", LATER, None, True)]),
    # Birth date only; the status undated: the event's start gives the year (aged 61).
    ("Lalə Hüseynova", {"sex": "female", "birth_date": dt.date(1931, 5, 1)},
     [("killed", KILLING, None, False)]),
    # The recorded age wins over the birth year.
    ("Vüsal İsmayılov", {"sex": "male", "birth_year": 1980, "age_at_event": 65},
     [("killed", KILLING, EVENT_DAY, True)]),
    # Born after the event: no age, never a child.
    ("Nərmin Vəliyeva", {"sex": "female", "birth_year": 1999},
     [("killed", KILLING, EVENT_DAY, False)]),
    # Killed and injured, entered by hand (no row): a conflict.
    ("Anuş Petrosyan", {}, [("killed", KILLING, EVENT_DAY, True),
                            ("injured", INJURY, EVENT_DAY, True)]),
    # Found dead, and displaced by another source: a conflict of the found dead.
    ("Davit Hakobyan", {"sex": "male"}, [("found_dead", OTHER, None, False),
                                         ("displaced", DISPLACEMENT, None, True)]),
    ("Armen Sargsyan", {}, [("missing", OTHER, None, False), ("identified", OTHER, None, True)]),
    ("Həsən Abbasov", {"sex": "male"}, [("captured", DETENTION, None, False)]),
    ("Aygün Babayeva", {"sex": "female", "age_at_event": 8},
     [("captured", DETENTION, None, False), ("released", DETENTION, None, True)]),
    ("Elçin Nəsirov", {"sex": "male", "birth_year": 1960}, []),  # no status at all
]  # fmt: skip


def _by_hand(case: Any, owner: Any, event: Any, testimony: Any) -> list[rm.Person]:
    """Hand-entered persons whose ages, dates and sources make the rules matter."""
    acts = {
        key: create_object(
            rm.Act, acting_user=owner, case=case, event=event, act_type=key[0], date=key[1]
        )
        for key in (KILLING, LATER, INJURY, DETENTION, DISPLACEMENT, OTHER)
    }
    persons = []
    for name, fields, statuses in BY_HAND:
        person = create_person(
            case=case, acting_user=owner, names=[{"value": name, "kind": "full"}], **fields
        )
        for status, act, date, attributed in statuses:
            involvement = rm.Involvement.objects.filter(person=person, act=acts[act]).first()
            if involvement is None:
                involvement = create_object(
                    rm.Involvement, acting_user=owner, case=case, act=acts[act], person=person,
                    role="victim",
                )  # fmt: skip
            create_object(
                rm.StatusRecord, acting_user=owner, case=case, involvement=involvement,
                person=person, status=status, date=date,
                source=testimony if attributed else None,
            )  # fmt: skip
        persons.append(person)
    return persons


def _pairs(case: Any, owner: Any) -> None:
    """A current linkage run with three pairs: two awaiting review, one decided."""
    run = create_object(LinkageRun, acting_user=owner, case=case, started_by=owner)
    records = list(SourceRecord.objects.filter(case=case, documented=False).order_by("pk"))
    chosen = [(records[0], records[3]), (records[5], records[12]), (records[2], records[9])]
    for a, b in chosen:
        low, high = sorted((a.pk, b.pk))
        create_object(ReviewPair, acting_user=owner, case=case, run=run, record_a_id=low,
                      record_b_id=high, match_probability=0.6, match_weight=1.2)  # fmt: skip
    low, high = sorted((chosen[2][0].pk, chosen[2][1].pk))
    create_object(MatchDecision, acting_user=owner, case=case, record_a_id=low,
                  record_b_id=high, verdict="non_match", decided_by=owner)  # fmt: skip


@pytest.fixture
def varied(case: Any, owner: Any, tmp_path: Path) -> dict[str, Any]:
    top = create_object(rm.Event, acting_user=owner, case=case, title="Siege",
                        start_date=EVENT_DAY, start_precision="day")  # fmt: skip
    inner = create_object(rm.Event, acting_user=owner, case=case, title="Night of 25–26",
                          parent=top)  # fmt: skip
    testimony = create_object(rm.Source, acting_user=owner, case=case, title="Testimonies",
                              kind="testimony")  # fmt: skip
    _import(case, owner, tmp_path, top)
    hand = _by_hand(case, owner, inner, testimony)
    for person, relative, kind in [(0, 1, "household"), (2, 7, "spouse_of"), (3, 4, "parent_of")]:
        create_object(rm.Relationship, acting_user=owner, case=case, person=hand[person],
                      relative=hand[relative], kind=kind)  # fmt: skip
    _pairs(case, owner)
    # Another case's victims must never be counted here.
    other = create_case(name="Another inquiry", owner=owner)
    other_event = create_object(rm.Event, acting_user=owner, case=other, title="Elsewhere",
                                start_date=EVENT_DAY)  # fmt: skip
    _import(other, owner, tmp_path, other_event)
    return {"top": top, "inner": inner}


def _populations(varied: dict[str, Any]) -> dict[str, Any]:
    return {"case": None, "event": persons_of_event(varied["top"]),
            "sub-event": persons_of_event(varied["inner"])}  # fmt: skip


def test_every_count_is_the_size_of_its_definition(case: Any, varied: dict[str, Any]) -> None:
    for name, persons in _populations(varied).items():
        everything = f.counts(case, persons)
        for key in f.FIGURE_KEYS:
            members = f.figure_persons(case, key, persons=persons)
            if key == "families_with_no_survivor":
                families = f.families_with_no_survivor(case)
                inside = set(
                    (persons if persons is not None else rm.Person.objects).values_list(
                        "pk", flat=True
                    )
                )
                expected = sum(1 for family in families if set(family) <= inside)
            else:
                expected = members.count()
            assert f.figure_count(case, key, persons) == expected, (name, key)
            assert everything[key] == expected, (name, key)
            conflicts = f.conflicts(case, key, persons).count() if f.BY_KEY[key].status else 0
            assert fc.conflict_counts(case, fc.among_persons(persons))[key] == conflicts, (
                name, key)  # fmt: skip
    # The case is varied enough for the rules to matter.
    whole = f.counts(case)
    assert all(whole[key] > 0 for key in f.FIGURE_KEYS), whole
    assert whole["killed_children"] < whole["killed"] > whole["killed_elderly"]
    assert fc.conflict_counts(case)["killed"] >= 2
    assert fc.conflict_counts(case)["found_dead"] == 1


def test_case_figures_agree_with_the_definitions(case: Any, varied: dict[str, Any]) -> None:
    pairs = pending_pairs(case)
    pending = SourceRecord.objects.filter(
        Q(pk__in=pairs.values("record_a_id")) | Q(pk__in=pairs.values("record_b_id"))
    )
    for name, persons in _populations(varied).items():
        event = None if persons is None else varied["top" if name == "event" else "inner"]
        result = case_figures(case, event=event)
        assert result.persons == (persons if persons is not None else rm.Person.objects.filter(
            case=case)).count()  # fmt: skip
        for figure in f.FIGURES:
            members = f.figure_persons(case, figure.key, persons=persons)
            row = result.row(figure.key)
            statuses = (f.STILL_MISSING_IF if figure.key == "still_missing"
                        else (figure.status,)) if figure.status else ()  # fmt: skip
            by_source: dict[str, int] = {}
            if statuses:
                for found in (
                    rm.StatusRecord.objects.filter(status__in=statuses, person__in=members)
                    .order_by()
                    .values("source__title")
                    .annotate(n=Count("person", distinct=True))
                ):
                    by_source[documented_label(found["source__title"])] = found["n"]
            assert row.by_source == by_source, (name, figure.key)
            waiting = members.filter(Exists(pending.filter(person_id=OuterRef("pk")))).count()
            expected = 0 if figure.key == "families_with_no_survivor" else waiting
            assert row.awaiting_review == expected, (name, figure.key)
    assert any(case_figures(case).row(k).awaiting_review for k in f.FIGURE_KEYS)
    assert len(case_figures(case).row("killed").by_source) == 4  # two lists, a testimony, by hand


def test_the_dashboard_counts_the_same(case: Any, varied: dict[str, Any]) -> None:
    summary = case_summary(case)
    assert summary["figures"] == {k: f.figure_count(case, k) for k in f.FIGURE_KEYS}
    assert summary["killed"]["total"] == f.figure_persons(case, "killed").count()
    assert summary["killed"]["children"] == f.figure_persons(case, "killed_children").count()


def _queries(call: Any) -> int:
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_persons(
    case: Any, owner: Any, varied: dict[str, Any], tmp_path: Path
) -> None:
    def more(name: str, persons: int) -> None:
        path = tmp_path / f"{name}.csv"
        path.write_text(
            "\n".join([HEADER, *(f"{name}{i},Person {name}{i},m,1960,,1992-02-26,killed,{i // 3}"
                                 for i in range(persons))]) + "\n",
            encoding="utf-8",
        )  # fmt: skip
        import_list(case=case, source=f"List {name}", path=path, acting_user=owner,
                    event=varied["top"])  # fmt: skip

    def queries() -> tuple[int, ...]:
        return (_queries(lambda: f.counts(case)), _queries(lambda: case_figures(case)),
                _queries(lambda: case_summary(case)))  # fmt: skip

    more("m", 3)  # a list imported since the linkage run, as in the second state
    queries()  # the case's running tallies made (``registry.tallies``)
    more("o", 3)
    before = queries()  # and counted again after an import
    more("n", 60)
    assert queries() == before
    assert before[0] <= 13  # eight statuses, the killed, still missing, the families' three
