"""Forms: a date's precision follows what was entered; doubtful records are saved and warned of."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.test import Client
from django.urls import reverse

from rightsledger.records import models as rm
from tests.web.conftest import Documented


def url(name: str, d: Documented, **kwargs: Any) -> str:
    return reverse(name, kwargs={"slug": d.case.slug, **kwargs})


def test_an_event_with_exact_dates_is_stored_as_exact(
    owner_web: Client, documented: Documented
) -> None:
    response = owner_web.post(url("case-event-new", documented), {
        "title": "Siege", "event_type": "attack", "start_date": "1992-02-25",
        "start_precision": "unknown", "end_date": "1992-02-26", "end_precision": "unknown",
    })  # fmt: skip
    assert response.status_code == 302
    event = rm.Event.objects.get(title="Siege")
    assert (event.start_precision, event.end_precision) == ("day", "day")


def test_a_chosen_precision_is_kept_and_no_date_is_unknown(
    owner_web: Client, documented: Documented
) -> None:
    owner_web.post(url("case-event-new", documented), {
        "title": "Spring raids", "event_type": "attack", "start_date": "1992-04-01",
        "start_precision": "month", "end_precision": "unknown",
    })  # fmt: skip
    event = rm.Event.objects.get(title="Spring raids")
    assert (event.start_precision, event.end_precision) == ("month", "unknown")


def test_birth_and_status_dates_follow_the_same_rule(
    owner_web: Client, documented: Documented
) -> None:
    d = documented
    owner_web.post(url("case-person-edit", d, pk=d.captive.pk), {
        "sex": "male", "birth_date": "1970-05-01", "birth_precision": "unknown",
        "birth_year": "1970", "names-TOTAL_FORMS": "1", "names-INITIAL_FORMS": "0",
        "names-0-value": "Cəfərov Elçin", "names-0-kind": "full",
    })  # fmt: skip
    d.captive.refresh_from_db()
    assert d.captive.birth_precision == "day"
    status = rm.StatusRecord.objects.get(person=d.captive, status="released")
    owner_web.post(
        url("case-status-edit", d, pk=status.pk),
        {"status": "released", "date": "2001-06-01", "date_precision": "unknown"},
    )
    status.refresh_from_db()
    assert (status.date, status.date_precision) == (dt.date(2001, 6, 1), "day")


def test_a_person_born_after_the_event_is_saved_with_a_warning(
    owner_web: Client, documented: Documented
) -> None:
    d = documented
    response = owner_web.post(url("case-person-edit", d, pk=d.child.pk), {
        "sex": "male", "birth_year": "2005", "birth_precision": "unknown",
        "names-TOTAL_FORMS": "1", "names-INITIAL_FORMS": "0",
        "names-0-value": "Hüseynov Rauf", "names-0-kind": "full",
    }, follow=True)  # fmt: skip
    assert response.status_code == 200
    d.child.refresh_from_db()
    assert d.child.birth_year == 2005  # saved as given
    html = response.content.decode()
    assert '<li class="warning">Born in 2005, after the event of 2001-03-04.</li>' in html
    assert '<li class="success">Saved.</li>' in html


def test_a_release_dated_after_the_killing_is_warned_of(
    owner_web: Client, documented: Documented
) -> None:
    d = documented
    killed = rm.StatusRecord.objects.get(person=d.woman, status="killed")
    owner_web.post(
        url("case-status-edit", d, pk=killed.pk),
        {"status": "killed", "date": "2001-03-04", "date_precision": "day"},
    )
    response = owner_web.post(url("case-status-new", d, pk=d.involvement.pk),
                              {"status": "released", "date": "2001-04-01", "date_precision": "unknown"},
                              follow=True)  # fmt: skip
    html = response.content.decode()
    assert rm.StatusRecord.objects.filter(person=d.woman, status="released").exists()
    assert "Recorded killed on 2001-03-04, yet released later, on 2001-04-01." in html


def test_an_age_that_disagrees_with_the_birth_year(
    owner_web: Client, documented: Documented
) -> None:
    d = documented
    response = owner_web.post(url("case-act-participant", d, pk=d.killing.pk), {
        "p-name": "Quliyev Namiq", "p-sex": "male", "p-age_at_event": "30", "p-birth_year": "1990",
        "p-role": "victim", "p-status": "killed",
    }, follow=True)  # fmt: skip
    html = response.content.decode()
    assert rm.Person.objects.filter(display_name="Quliyev Namiq").exists()
    assert "Age 30 at the event disagrees with birth year 1990 (an event in 2001)." in html
    assert "Born in" not in html


def test_a_sound_record_gets_no_warning(owner_web: Client, documented: Documented) -> None:
    response = owner_web.post(url("case-act-participant", documented, pk=documented.killing.pk),
                              {"p-name": "Quliyev Namiq", "p-sex": "male", "p-birth_year": "1970",
                               "p-role": "victim", "p-status": "killed"}, follow=True)  # fmt: skip
    assert rm.Person.objects.filter(display_name="Quliyev Namiq").exists()
    assert 'class="warning"' not in response.content.decode()
