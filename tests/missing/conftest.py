"""Fixtures of the missing tests: a case with an event, places, persons reported missing
(hand-entered, one captured), a burial site with remains, a relative's reference sample and
a laboratory's DNA report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.missing import actions
from rightsledger.missing.models import (
    BurialSite,
    DnaMatchReport,
    MissingPersonFile,
    ReferenceDonor,
    RemainsCase,
    RemainsSample,
)
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person

# The browser interface's fixtures: static files served plainly and headless Chromium (the
# live server serving one request at a time is the root conftest's).
from tests.web.conftest import _plain_static_files  # noqa: F401
from tests.web.test_browser import _async_unsafe_allowed, browser  # noqa: F401


@dataclass
class Scene:
    case: Case
    event: rm.Event
    village: rm.Place
    river: rm.Place
    missing: rm.Person  # male, born 1970, 176-180 cm, last seen at the village
    other: rm.Person  # female, born 1985
    captive: rm.Person  # captured in the event's act, no file yet
    file: MissingPersonFile
    other_file: MissingPersonFile
    mother: ReferenceDonor
    site: BurialSite
    remains: RemainsCase
    sample: RemainsSample
    report: DnaMatchReport


def make(case: Case, user: Any, model: type[Any], **fields: Any) -> Any:
    return create_object(model, acting_user=user, case=case, **fields)


def dna_report(scene_case: Case, owner: Any, *, sample: RemainsSample, file: MissingPersonFile,
               donors: list[ReferenceDonor], number: str = "LAB-2004-117",
               conclusion: str = "match", data: bytes = b"report LAB-2004-117: LR 3.1e9\n",
               ) -> DnaMatchReport:  # fmt: skip
    return actions.receive_dna_report(
        case=scene_case, acting_user=owner, chunks=[data], file_name=f"{number}.txt",
        donors=donors, report_number=number, laboratory="Regional DNA laboratory",
        report_date=dt.date(2004, 9, 1), sample=sample, file=file, likelihood_ratio=3.1e9,
        posterior_probability=0.99999, conclusion=conclusion,
    )  # fmt: skip


@pytest.fixture
def scene(case: Case, owner: Any) -> Scene:
    event = make(case, owner, rm.Event, title="Attack on Lakeside", start_date=dt.date(2001, 3, 4),
                 start_precision="day")  # fmt: skip
    village = make(case, owner, rm.Place, name="Lakeside", latitude=40.10, longitude=46.70)
    river = make(case, owner, rm.Place, name="River crossing", latitude=40.20, longitude=46.90)
    capture = make(case, owner, rm.Act, event=event, act_type="hostage_taking")
    missing = create_person(case=case, acting_user=owner, names=[{"value": "Quliyev Samir"}],
                            sex="male", birth_year=1970)  # fmt: skip
    other = create_person(case=case, acting_user=owner, names=[{"value": "Nəbiyeva Sevda"}],
                          sex="female", birth_year=1985)  # fmt: skip
    captive = create_person(case=case, acting_user=owner, names=[{"value": "Orucov Fuad"}],
                            sex="male", birth_year=1962)  # fmt: skip
    involvement = make(case, owner, rm.Involvement, act=capture, person=captive, role="victim")
    make(case, owner, rm.StatusRecord, involvement=involvement, status="captured")
    file = actions.open_file(
        person=missing, acting_user=owner, event=event, last_seen_date=dt.date(2001, 3, 4),
        last_seen_place=village, last_seen_with="his brother", reported_by="his mother",
        height_min_cm=176, height_max_cm=180, dental_notes="gold crown, upper left canine",
        circumstances="Taken from his house at dawn.",
    )  # fmt: skip
    other_file = actions.open_file(person=other, acting_user=owner, event=event,
                                   last_seen_date=dt.date(2001, 3, 5), last_seen_place=river,
                                   height_min_cm=160, height_max_cm=165)  # fmt: skip
    mother = actions.add_relative(
        file=file, acting_user=owner, name="Quliyeva Zərifə", kinship="mother", reported=True,
        sample_kind="buccal_swab", kit_id="REF-0001", sampled_on=dt.date(2003, 5, 2),
        laboratory="Regional DNA laboratory", consent_identification="granted",
    )  # fmt: skip
    site = actions.record_site(case=case, acting_user=owner, name="Site LK-1",
                               kind="mass_grave_primary", latitude=40.11, longitude=46.72,
                               precision="100m", how_found="witness", event=event,
                               reported_on=dt.date(2003, 1, 10))  # fmt: skip
    remains = make(case, owner, RemainsCase, tag="LK-1-001", site=site,
                   recovered_on=dt.date(2004, 6, 12), condition="complete_skeleton",
                   estimated_sex="male", age_min=25, age_max=40, stature_min_cm=172,
                   stature_max_cm=182)  # fmt: skip
    sample = make(case, owner, RemainsSample, remains=remains, kind="bone", kit_id="PM-0001")
    report = dna_report(case, owner, sample=sample, file=file, donors=[mother])
    return Scene(case, event, village, river, missing, other, captive, file, other_file, mother,
                 site, remains, sample, report)  # fmt: skip
