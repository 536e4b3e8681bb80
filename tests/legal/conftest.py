"""Fixtures of the legal tests: the shipped catalogue, an administrator, and a small case
with records, sources of different grades, claims and an evidence item to link."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.legal.loading import load_catalogue
from rightsledger.legal.models import Crime
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person


@pytest.fixture
def catalogue(db: None) -> None:
    load_catalogue()


@pytest.fixture
def administrator(db: None) -> Any:
    return get_user_model().objects.create_superuser(username="admin", password="x-Strong-pass-42")


def crime(code: str) -> Crime:
    return Crime.objects.get(code=code)


@dataclass
class Scene:
    case: Case
    event: rm.Event
    killing: rm.Act
    capture: rm.Act
    victim: rm.Person
    involvement: rm.Involvement
    morgue: rm.Source  # graded B
    rumour: rm.Source  # graded E
    witness: rm.Source  # graded C
    morgue_claim: rm.Claim
    rumour_claim: rm.Claim
    witness_claim: rm.Claim
    item: Any  # an evidence item from the morgue


@pytest.fixture
def scene(case: Case, owner: Any, catalogue: None) -> Scene:
    def make(model: type[Any], **fields: Any) -> Any:
        return create_object(model, acting_user=owner, case=case, **fields)

    event = make(rm.Event, title="Attack on Lakeside", start_date=dt.date(2001, 3, 4),
                 start_precision="day")  # fmt: skip
    killing = make(rm.Act, event=event, act_type="killing")
    capture = make(rm.Act, event=event, act_type="hostage_taking")
    victim = create_person(case=case, acting_user=owner, names=[{"value": "Əliyeva Leyla"}])
    involvement = make(rm.Involvement, act=killing, person=victim, role="victim")
    morgue = make(rm.Source, title="Morgue register", kind="list", reliability="B")
    rumour = make(rm.Source, title="Anonymous post", kind="media", reliability="E")
    witness = make(rm.Source, title="Testimony W-3", kind="testimony", reliability="C")
    person_type = ContentType.objects.get_for_model(rm.Person)

    def claim(source: rm.Source, statement: str, credibility: int = 3) -> rm.Claim:
        return make(rm.Claim, source=source, kind="individual", statement=statement,
                    credibility=credibility, subject_type=person_type, subject_id=victim.pk)  # fmt: skip

    from rightsledger.evidence.actions import ingest_stream

    item = ingest_stream(case=case, chunks=[b"morgue register, page 4\n"], file_name="p4.txt",
                         acting_user=owner, source=morgue).item  # fmt: skip
    return Scene(
        case, event, killing, capture, victim, involvement, morgue, rumour, witness,
        claim(morgue, "She was brought in dead on 4 March."),
        claim(rumour, "She was shot by soldiers.", credibility=4),
        claim(witness, "I saw her fall in the square."),
        item,
    )  # fmt: skip
