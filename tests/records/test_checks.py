"""Sanity checks: born after the event, an age off the birth year, life after death."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from rightsledger.cases.actions import create_object
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person
from rightsledger.records.checks import (
    Birth,
    Moment,
    age_disagrees,
    born_after,
    dead_before,
    findings_for,
)

EVENT = Moment(dt.date(1992, 2, 26))


def test_born_after_the_event() -> None:
    assert born_after(Birth(year=1995), EVENT) is not None
    assert born_after(Birth(dt.date(1992, 3, 1), "day"), EVENT) is not None
    finding = born_after(Birth(year=1995), EVENT)
    assert finding is not None
    assert finding.code == "born_after_event"
    assert str(finding) == "Born in 1995, after the event of 1992-02-26."


def test_born_before_or_unknowably_close_is_no_warning() -> None:
    assert born_after(Birth(year=1980), EVENT) is None
    assert born_after(Birth(year=1992), EVENT) is None  # the same year: cannot tell
    assert born_after(Birth(dt.date(1992, 2, 1), "month"), EVENT) is None
    assert born_after(Birth(), EVENT) is None
    assert born_after(Birth(year=1995), None) is None


def test_age_off_the_birth_year_by_more_than_a_year() -> None:
    finding = age_disagrees(40, Birth(year=1980), EVENT)
    assert finding is not None
    assert finding.code == "age_disagrees"
    assert "40" in str(finding)
    assert "1980" in str(finding)
    assert age_disagrees(12, Birth(year=1980), EVENT) is None  # 1992 - 1980 = 12
    assert age_disagrees(11, Birth(year=1980), EVENT) is None  # a birthday not yet reached
    assert age_disagrees(13, Birth(dt.date(1980, 5, 1), "day"), EVENT) is None
    assert age_disagrees(14, Birth(year=1980), EVENT) is not None
    assert age_disagrees(None, Birth(year=1980), EVENT) is None


def test_released_after_being_killed() -> None:
    killed = Moment(dt.date(1992, 2, 26))
    released = Moment(dt.date(1992, 5, 1))
    [finding] = dead_before([("killed", killed), ("released", released)])
    assert finding.code == "status_after_death"
    assert str(finding) == "Recorded killed on 1992-02-26, yet released later, on 1992-05-01."
    # Captured, then killed: the order of life.
    assert dead_before([("captured", killed), ("killed", released)]) == []
    # Found dead and identified later; missing reported after a death: no warning.
    assert dead_before([("found_dead", killed), ("identified", released)]) == []
    assert dead_before([("killed", killed), ("missing", released)]) == []
    # Undated statuses, or dates known only to the same year, cannot be ordered.
    assert dead_before([("killed", None), ("released", released)]) == []
    assert (
        dead_before([("killed", Moment(dt.date(1992, 1, 1), "year")), ("released", released)]) == []
    )


def test_findings_of_an_event_name_the_persons_in_few_queries(case: Any, owner: Any) -> None:
    event = create_object(rm.Event, acting_user=owner, case=case, title="Raid",
                          start_date=dt.date(1992, 2, 26), start_precision="day")  # fmt: skip
    act = create_object(rm.Act, acting_user=owner, case=case, event=event, act_type="killing")
    for i in range(5):
        person = create_person(case=case, acting_user=owner, names=[{"value": f"Later {i}"}],
                               birth_year=1995)  # fmt: skip
        involvement = create_object(rm.Involvement, acting_user=owner, case=case, act=act,
                                    person=person, role="victim")  # fmt: skip
        create_object(rm.StatusRecord, acting_user=owner, case=case, involvement=involvement,
                      status="killed", date=dt.date(1992, 2, 26))  # fmt: skip
        create_object(rm.StatusRecord, acting_user=owner, case=case, involvement=involvement,
                      status="released", date=dt.date(1993, 1, 1))  # fmt: skip
    with CaptureQueriesContext(connection) as queries:
        found = findings_for(event)
    assert len(queries) <= 4
    assert len(found) == 5 * 2  # born after the event, and released after being killed
    assert {f.code for f in found} == {"born_after_event", "status_after_death"}
    assert "Later 3: Born in 1995" in " ".join(str(f) for f in found)
    # About the person itself, the name is not repeated.
    [one] = [f for f in findings_for(person) if f.code == "born_after_event"]
    assert str(one).startswith("Born in 1995")


def test_other_records_have_no_findings(case: Any, owner: Any) -> None:
    source = create_object(rm.Source, acting_user=owner, case=case, title="List", kind="list")
    assert findings_for(source) == []


def test_a_person_born_after_the_event_is_never_a_child(case: Any, owner: Any) -> None:
    from rightsledger.records.figures import figure_count

    event = create_object(rm.Event, acting_user=owner, case=case, title="Raid",
                          start_date=dt.date(1992, 2, 26), start_precision="day")  # fmt: skip
    act = create_object(rm.Act, acting_user=owner, case=case, event=event, act_type="killing")
    for name, born in (("Later Born", 1995), ("A Child", 1985), ("An Adult", 1960)):
        person = create_person(case=case, acting_user=owner, names=[{"value": name}],
                               birth_year=born)  # fmt: skip
        involvement = create_object(rm.Involvement, acting_user=owner, case=case, act=act,
                                    person=person, role="victim")  # fmt: skip
        create_object(rm.StatusRecord, acting_user=owner, case=case, involvement=involvement,
                      status="killed")  # fmt: skip
    assert figure_count(case, "killed") == 3
    assert figure_count(case, "killed_children") == 1  # the one born in 1985, not in 1995
