"""The demo case's missing persons: a burial site, remains, a DNA report and a confirmed
identification, so its figures (still missing, identified) show the change it makes.

Everything in it is invented, like the rest of the demo case: persons, places, the
laboratory and its report.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.missing import actions
from rightsledger.missing.models import BurialSite, RemainsCase, RemainsSample
from rightsledger.records import models as rm

LABORATORY = "Valley DNA laboratory (fictional)"
REPORT = (
    "VALLEY DNA LABORATORY (FICTIONAL) - KINSHIP REPORT VDL-2004-0317\n"
    "Sample of remains: TV-01-001/B1 (femur). Reference: REF-TV-0007 (brother).\n"
    "Combined likelihood ratio: 2.4e10. Posterior probability (prior 1/500): 0.99999998.\n"
    "Conclusion: the remains are consistent with being the sister of the reference donor.\n"
)


def load_demo_missing(case: Case, owner: Any) -> bool:
    """Add the missing persons' record to the demo case; False if it is there already."""
    if BurialSite.objects.filter(case=case).exists():
        return False
    sevil = rm.Person.objects.filter(case=case, display_name="Джафарова Севиль").first()
    if sevil is None:
        return False
    with transaction.atomic():
        _record(case, owner, sevil)
    return True


def _record(case: Case, owner: Any, sevil: rm.Person) -> None:
    def make(model: type[Any], **fields: Any) -> Any:
        return create_object(model, acting_user=owner, case=case, **fields)

    attack = rm.Event.objects.filter(case=case, parent__isnull=True).order_by("pk").first()
    crossing = make(rm.Place, name="River crossing", latitude=40.135, longitude=46.79)
    ravine = make(rm.Place, name="Ravine above Tamarisk", latitude=40.145, longitude=46.81)
    file = actions.open_file(
        person=sevil, acting_user=owner, event=attack, last_seen_date=dt.date(2001, 3, 5),
        last_seen_place=crossing, last_seen_with="eleven other civilians taken at the crossing",
        reported_by="her brother", reported_on=dt.date(2001, 3, 20),
        circumstances="Taken from a bus at the river crossing with others; not seen since.",
        height_min_cm=162, height_max_cm=165, build="slight", hair="dark brown, long",
        dental_notes="crown on the upper right first molar", clothing_and_belongings=(
            "blue wool coat, silver ring with a green stone"),
    )  # fmt: skip
    brother = actions.add_relative(
        file=file, acting_user=owner, name="Cəfərov Ramil (fictional)", kinship="sibling",
        reported=True, sample_kind="buccal_swab", kit_id="REF-TV-0007",
        sampled_on=dt.date(2003, 2, 11), laboratory=LABORATORY,
        consent_identification="granted", consent_taken_by="field team 1",
    )  # fmt: skip
    site = actions.record_site(
        case=case, acting_user=owner, name="TV-01 Ravine", kind="mass_grave_primary",
        place=ravine, event=attack, latitude=40.1452, longitude=46.8113, precision="100m",
        how_found="witness", found_details="A shepherd saw earth moved in the ravine in March "
        "2001.", reported_on=dt.date(2003, 5, 10), team="field team 1",
        area=None,
    )  # fmt: skip
    for status, day, team in [("assessed", dt.date(2003, 9, 2), "forensic team A"),
                              ("protected", dt.date(2003, 10, 1), "district police"),
                              ("exhumed", dt.date(2004, 6, 14), "forensic team A")]:  # fmt: skip
        actions.set_site_status(site=site, status=status, date=day, team=team, acting_user=owner)
    recovered = dt.date(2004, 6, 14)
    found: list[tuple[str, dict[str, Any]]] = [
        ("TV-01-001", {"condition": "complete_skeleton", "estimated_sex": "female",
                       "age_min": 20, "age_max": 35, "stature_min_cm": 158,
                       "stature_max_cm": 166, "trauma": "gunshot wound to the skull",
                       "cause_of_death": "gunshot wound to the head",
                       "manner_of_death": "homicide"}),
        ("TV-01-002", {"condition": "complete_skeleton", "estimated_sex": "male",
                       "age_min": 35, "age_max": 50, "stature_min_cm": 170,
                       "stature_max_cm": 178}),
        ("TV-01-003", {"condition": "body_part", "commingling_group": "TV-01-G1"}),
        ("TV-01-004", {"condition": "fragments", "commingling_group": "TV-01-G1"}),
    ]  # fmt: skip
    remains = {
        tag: make(RemainsCase, tag=tag, site=site, exhumation="Exhumation 2004, grave 1",
                  recovered_on=recovered, pathologist="Dr. A. Example (fictional)", **fields)
        for tag, fields in found
    }  # fmt: skip
    sample = make(RemainsSample, remains=remains["TV-01-001"], kind="bone",
                  kit_id="TV-01-001/B1", taken_on=recovered, laboratory=LABORATORY)  # fmt: skip
    report = actions.receive_dna_report(
        case=case, acting_user=owner, chunks=[REPORT.encode()], file_name="VDL-2004-0317.txt",
        donors=[brother], report_number="VDL-2004-0317", laboratory=LABORATORY,
        report_date=dt.date(2004, 9, 28), sample=sample, file=file, likelihood_ratio=2.4e10,
        posterior_probability=0.99999998, conclusion="match",
    )  # fmt: skip
    identification = actions.propose_identification(
        remains=remains["TV-01-001"], person=sevil, acting_user=owner, lines=[
            {"kind": "dna", "dna_report": report},
            {"kind": "personal_effects", "summary": "a silver ring with a green stone, "
             "recognised by her brother"},
        ],
    )  # fmt: skip
    identification = actions.confirm_identification(identification, acting_user=owner,
                                                     on=dt.date(2004, 10, 12))  # fmt: skip
    actions.notify_family(identification, acting_user=owner, on=dt.date(2004, 10, 20),
                          notified_by="field team 1")  # fmt: skip
