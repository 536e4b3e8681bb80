"""Shared fixtures for the browser-interface tests: a small documented case, and clients."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person, set_event_places


@pytest.fixture(autouse=True)
def _plain_static_files(settings: Any) -> None:
    # The manifest storage needs collectstatic; the tests serve from the app directories.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Figures are counted in the request: a test's database is not a background thread's.
    settings.RIGHTSLEDGER_SUMMARY_IN_BACKGROUND = False
    cache.clear()


def web_client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def owner_web(owner: Any) -> Client:
    return web_client(owner)


@pytest.fixture
def viewer_web(viewer: Any) -> Client:
    return web_client(viewer)


@pytest.fixture
def stranger_web(stranger: Any) -> Client:
    return web_client(stranger)


@dataclass
class Documented:
    case: Case
    place: rm.Place
    event: rm.Event
    sub_event: rm.Event
    killing: rm.Act
    capture: rm.Act
    woman: rm.Person
    child: rm.Person
    elder: rm.Person
    captive: rm.Person
    source: rm.Source
    claim: rm.Claim
    link: rm.Relationship
    involvement: rm.Involvement
    status: rm.StatusRecord


def victim(case: Case, user: Any, act: rm.Act, person: rm.Person, *statuses: str) -> Any:
    involvement = create_object(
        rm.Involvement, acting_user=user, case=case, act=act, person=person, role="victim"
    )
    records = [
        create_object(rm.StatusRecord, acting_user=user, case=case, involvement=involvement,
                      status=status)
        for status in statuses
    ]  # fmt: skip
    return involvement, records


@pytest.fixture
def documented(case: Case, owner: Any) -> Documented:
    """Three killed (a woman of 40, a boy of 9, a man born 1930), one captured then released."""

    def make(model: type[Any], **fields: Any) -> Any:
        return create_object(model, acting_user=owner, case=case, **fields)

    place = make(rm.Place, name="Lakeside", latitude=40.1, longitude=46.2)
    event = make(rm.Event, title="Attack on Lakeside", event_type="attack",
                 start_date=dt.date(2001, 3, 4), start_precision="day")  # fmt: skip
    set_event_places(event=event, places=[place], acting_user=owner)
    sub_event = make(rm.Event, title="Capture at the bridge", parent=event,
                     start_date=dt.date(2001, 3, 5), start_precision="day")  # fmt: skip
    killing = make(rm.Act, event=event, act_type="killing", place=place,
                   date=dt.date(2001, 3, 4), date_precision="day")  # fmt: skip
    capture = make(rm.Act, event=sub_event, act_type="hostage_taking")

    def person(name: str, **fields: Any) -> rm.Person:
        return create_person(case=case, acting_user=owner, names=[{"value": name}], **fields)

    woman = person("Əliyeva Leyla", sex="female", age_at_event=40)
    child = person("Hüseynov Rauf", sex="male", birth_year=1992)
    elder = person("Алиев Гасан", sex="male", birth_year=1930)
    captive = person("Cəfərov Elçin", sex="male", birth_year=1970)
    involvement, statuses = victim(case, owner, killing, woman, "killed")
    victim(case, owner, killing, child, "killed")
    victim(case, owner, killing, elder, "killed")
    victim(case, owner, capture, captive, "captured", "released")
    source = make(rm.Source, title="Morgue register", kind="list", reliability="B")
    from django.contrib.contenttypes.models import ContentType

    claim = make(rm.Claim, source=source, kind="individual", statement="She was killed at home.",
                 subject_type=ContentType.objects.get_for_model(rm.Person),
                 subject_id=woman.pk)  # fmt: skip
    link = make(rm.Relationship, person=elder, relative=child, kind="parent_of")
    return Documented(case, place, event, sub_event, killing, capture, woman, child, elder,
                      captive, source, claim, link, involvement, statuses[0])  # fmt: skip
