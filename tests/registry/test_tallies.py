"""The running tallies equal the definitions after every kind of change.

``registry.tallies`` keeps each person's share of the figures and moves the case's sums by
the difference when the history says a person may have changed.  On the varied case of
``test_figures_agree`` (imported and hand-entered persons, conflicts, pairs awaiting
review, households), every change a user can make is applied through the actions, and
after each the figures read from the tallies (``stats.tallied``) equal those counted by
the defining queries (``stats.documented``) — without counting the whole case again; and
so do each event's, summed from its persons' shares.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rightsledger.cases.actions import create_object, delete_object, update_object
from rightsledger.records import models as rm
from rightsledger.records import queries
from rightsledger.registry import stats, tallies
from rightsledger.registry.models import FigureTally, PersonTally, SourceRecord
from rightsledger.registry.review import decide_pair, merge_persons, pending_pairs, split_person
from tests.records.test_figures_agree import varied  # noqa: F401  (a fixture)


def assert_tallies_agree(case: Any) -> None:
    assert stats.tallied(case) == stats.documented(case)
    # And each event's (with its sub-events), summed from its persons' shares.
    for event in rm.Event.objects.filter(case=case):
        assert stats.tallied(case, event) == stats.documented(case, event), event.title


def _person(case: Any, name: str) -> rm.Person:
    return rm.Person.objects.filter(case=case, names__value=name).distinct().get()


def test_first_read_counts_the_case(case: Any, varied: dict[str, Any]) -> None:  # noqa: F811
    assert_tallies_agree(case)
    tally = FigureTally.objects.get(case=case)
    assert tally.counts["killed"] > 0
    assert tally.counts["families_with_no_survivor"] > 0
    assert (
        PersonTally.objects.filter(case=case).count() == rm.Person.objects.filter(case=case).count()
    )


def test_each_kind_of_change_moves_the_tallies(case: Any, owner: Any, varied: dict[str, Any],  # noqa: F811
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    stats.tallied(case)  # counted once; from here on only differences
    for event in rm.Event.objects.filter(case=case):
        stats.tallied(case, event)  # each event's persons summed once
    monkeypatch.setattr(tallies, "rebuild", _refuse)
    monkeypatch.setattr(queries, "persons_of_event", _refuse)  # no event summed again
    killing = rm.Act.objects.get(case=case, event=varied["inner"], act_type="killing", date=None)
    nobody = _person(case, "Elçin Nəsirov")
    involvement = create_object(rm.Involvement, acting_user=owner, case=case, act=killing,
                                person=nobody, role="victim")  # fmt: skip
    status = create_object(rm.StatusRecord, acting_user=owner, case=case,
                           involvement=involvement, person=nobody, status="killed")  # fmt: skip
    assert_tallies_agree(case)

    update_object(nobody, acting_user=owner, sex="female")  # a woman now
    assert_tallies_agree(case)

    update_object(nobody, acting_user=owner, birth_year=1980)  # no date yet: no age
    assert_tallies_agree(case)
    killed_children = stats.tallied(case).figures["killed_children"]

    # The event's start gives the age of undated statuses: given one, she is a child.
    update_object(varied["inner"], acting_user=owner, start_date=dt.date(1992, 2, 25))
    assert_tallies_agree(case)
    assert stats.tallied(case).figures["killed_children"] == killed_children + 1

    update_object(status, acting_user=owner, status="injured")
    assert_tallies_agree(case)

    delete_object(status, acting_user=owner)
    assert_tallies_agree(case)

    # A decision settles a pair awaiting review.
    waiting = pending_pairs(case).first()
    assert waiting is not None
    decide_pair(case=case, record_a=waiting.record_a_id, record_b=waiting.record_b_id,
                verdict="match", acting_user=owner)  # fmt: skip
    assert_tallies_agree(case)

    # A household in which everyone was killed, and then one of them is not.
    a = _person(case, "Davit Hakobyan")  # found dead
    b = _person(case, "Elçin Babayev")  # killed, from a list
    families = stats.tallied(case).figures["families_with_no_survivor"]
    in_siege = stats.tallied(case, varied["top"]).figures["families_with_no_survivor"]
    link = create_object(rm.Relationship, acting_user=owner, case=case, person=a, relative=b,
                         kind="spouse_of")  # fmt: skip
    assert_tallies_agree(case)
    assert stats.tallied(case).figures["families_with_no_survivor"] == families + 1
    # Both are persons of the siege (of its own acts or of its night's, a sub-event).
    siege = stats.tallied(case, varied["top"]).figures["families_with_no_survivor"]
    assert siege == in_siege + 1
    delete_object(rm.StatusRecord.objects.get(person=b, status="killed"), acting_user=owner)
    assert_tallies_agree(case)
    assert stats.tallied(case).figures["families_with_no_survivor"] == families
    delete_object(link, acting_user=owner)
    assert_tallies_agree(case)

    # Two list-made persons merged after review, then split again.
    keep = _person(case, "Gülnar Nəsirova")
    other = _person(case, "Fuad Əliyev")
    merged = merge_persons(case=case, keep=keep, other=other, acting_user=owner)
    assert_tallies_agree(case)
    moved = SourceRecord.objects.filter(person=merged).order_by("pk").last()
    split_person(case=case, person=merged, record_ids=[moved.pk], acting_user=owner)
    assert_tallies_agree(case)

    # A person deleted with all that goes with them; a new one entered.
    delete_object(_person(case, "Anuş Petrosyan"), acting_user=owner)
    assert_tallies_agree(case)
    from rightsledger.records.actions import create_person

    create_person(case=case, acting_user=owner, names=[{"value": "Gunel Ahmadova", "kind": "full"}])
    assert_tallies_agree(case)

    # Persons move between events: an act moved to another event, an event (with its own
    # persons) taken out of the one it lay within and put back, an involvement removed.
    update_object(killing, acting_user=owner, event=varied["top"])
    assert_tallies_agree(case)
    update_object(killing, acting_user=owner, event=varied["inner"])
    update_object(varied["inner"], acting_user=owner, parent=None)
    assert_tallies_agree(case)
    siege = stats.tallied(case, varied["top"]).persons
    update_object(varied["inner"], acting_user=owner, parent=varied["top"])
    assert_tallies_agree(case)
    assert stats.tallied(case, varied["top"]).persons > siege
    delete_object(involvement, acting_user=owner)
    assert_tallies_agree(case)


def test_two_sources_called_alike_stay_two(case: Any, owner: Any, varied: dict[str, Any]) -> None:  # noqa: F811
    killing = rm.Act.objects.get(case=case, event=varied["inner"], act_type="killing", date=None)
    one, other = (
        create_object(rm.Source, acting_user=owner, case=case, title="Hospital list", kind="list")
        for _ in range(2)
    )
    person = _person(case, "Elçin Nəsirov")
    involvement = create_object(rm.Involvement, acting_user=owner, case=case, act=killing,
                                person=person, role="victim")  # fmt: skip
    for source in (one, other):
        create_object(rm.StatusRecord, acting_user=owner, case=case, involvement=involvement,
                      person=person, status="killed", source=source)  # fmt: skip
    assert_tallies_agree(case)
    killed = stats.tallied(case).by_source["killed"]
    assert killed[f"Hospital list (№ {one.pk})"] == killed[f"Hospital list (№ {other.pk})"] == 1


def _refuse(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("counted the whole case again")


def test_new_age_limits_count_the_case_again(case: Any, owner: Any, varied: dict[str, Any]) -> None:  # noqa: F811
    before = stats.tallied(case).figures["killed_children"]
    update_object(case, acting_user=owner, child_age_below=12)
    case.refresh_from_db()
    assert_tallies_agree(case)
    assert stats.tallied(case).figures["killed_children"] < before


def test_an_import_counts_the_case_again(case: Any, owner: Any, varied: dict[str, Any],  # noqa: F811
                                         tmp_path: Any) -> None:  # fmt: skip
    from rightsledger.registry.importing import import_list

    stats.tallied(case)
    path = tmp_path / "more.csv"
    path.write_text("record_id,full_name,sex,status\nc1,Kənan Əliyev,m,killed\n", encoding="utf-8")
    import_list(case=case, source="List C", path=path, acting_user=owner)
    assert_tallies_agree(case)


def test_an_unchanged_case_is_read_in_a_few_queries(case: Any, varied: dict[str, Any]) -> None:  # noqa: F811
    stats.tallied(case)
    with CaptureQueriesContext(connection) as queries:
        stats.tallied(case)
    assert len(queries) <= 8, [q["sql"] for q in queries.captured_queries]
