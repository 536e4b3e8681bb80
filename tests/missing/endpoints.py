"""The missing app's endpoints for the generated permission suite (tests/api)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.missing import actions
from rightsledger.missing.models import (
    Attachment,
    BurialSite,
    DnaMatchReport,
    Identification,
    IdentificationLine,
    MissingPersonFile,
    ReferenceDonor,
    RemainsCase,
    RemainsSample,
    SiteStatusChange,
)

NOT_PLAIN_CRUD = {"missing-figures"}
_counter = iter(range(1, 10**9))


def _n() -> int:
    return next(_counter)


def missing_file(case: Case, user: Any) -> MissingPersonFile:
    from tests import factories

    return actions.open_file(person=factories.person(case, user), acting_user=user,
                             event=factories.event(case, user))  # fmt: skip


def donor(case: Case, user: Any) -> ReferenceDonor:
    return actions.add_relative(file=missing_file(case, user), acting_user=user, name="Kamran",
                                kinship="father", sample_kind="blood", kit_id=f"REF-{_n()}",
                                consent_identification="granted")  # fmt: skip


def site(case: Case, user: Any) -> BurialSite:
    return actions.record_site(case=case, acting_user=user, name=f"Site {_n()}", kind="other",
                               how_found="survey")  # fmt: skip


def remains(case: Case, user: Any) -> RemainsCase:
    return create_object(RemainsCase, acting_user=user, case=case, tag=f"R-{_n()}",
                         condition="fragments", site=site(case, user))  # fmt: skip


def sample(case: Case, user: Any, on: RemainsCase | None = None) -> RemainsSample:
    return create_object(RemainsSample, acting_user=user, case=case,
                         remains=on or remains(case, user), kind="bone", kit_id=f"PM-{_n()}")  # fmt: skip


def report_payload(case: Case, user: Any) -> dict[str, Any]:
    from tests import factories

    relative = donor(case, user)
    return {"case": case.slug, "report_item": factories.evidence_item(case, user, f"lab {_n()}"
            .encode()).pk, "report_number": f"L-{_n()}", "laboratory": "Lab",
            "report_date": "2004-09-01", "sample": sample(case, user).pk,
            "file": relative.file_id, "donors": [relative.pk], "conclusion": "inconclusive"}  # fmt: skip


def report(case: Case, user: Any, on: RemainsCase | None = None,
           conclusion: str = "inconclusive") -> DnaMatchReport:  # fmt: skip
    from tests import factories

    relative = donor(case, user)
    return actions.record_dna_report(
        case=case, acting_user=user, report_item=factories.evidence_item(case, user, f"lab {_n()}"
        .encode()), donors=[relative], report_number=f"L-{_n()}", laboratory="Lab",
        report_date=dt.date(2004, 9, 1), sample=sample(case, user, on), file=relative.file,
        conclusion=conclusion,
    )  # fmt: skip


def identification(case: Case, user: Any) -> Identification:
    from tests import factories

    return actions.propose_identification(remains=remains(case, user),
                                          person=factories.person(case, user), acting_user=user)  # fmt: skip


def endpoints(endpoint: Any) -> list[Any]:
    from tests import factories

    return [
        endpoint("missing-files", MissingPersonFile, missing_file,
                 lambda c, u: {"case": c.slug, "person": factories.person(c, u).pk,
                               "event": factories.event(c, u).pk, "height_min_cm": 170},
                 {"hair": "black"}),
        endpoint("missing-relatives", ReferenceDonor, donor,
                 lambda c, u: {"case": c.slug, "file": missing_file(c, u).pk, "name": "Aygün",
                               "kinship": "mother", "reported": True},
                 {"contact": "via the village council"}),
        endpoint("burial-sites", BurialSite, site,
                 lambda c, u: {"case": c.slug, "name": f"Site {_n()}", "kind": "mass_grave",
                               "how_found": "witness", "latitude": 40.1, "longitude": 46.7},
                 {"notes": "fenced"}),
        endpoint("burial-site-statuses", SiteStatusChange,
                 lambda c, u: site(c, u).statuses.get(),
                 lambda c, u: {"case": c.slug, "site": site(c, u).pk, "status": "assessed",
                               "date": "2003-05-01"},
                 {"team": "team B"}),
        endpoint("remains", RemainsCase, remains,
                 lambda c, u: {"case": c.slug, "tag": f"R-{_n()}", "condition": "body_part"},
                 {"estimated_sex": "male"}),
        endpoint("remains-samples", RemainsSample, sample,
                 lambda c, u: {"case": c.slug, "remains": remains(c, u).pk, "kind": "tooth",
                               "kit_id": f"PM-{_n()}"},
                 {"laboratory": "Lab 2"}),
        endpoint("missing-attachments", Attachment,
                 lambda c, u: actions.attach(item=factories.evidence_item(c, u, b"site plan"),
                                             site=site(c, u), role="plan", acting_user=u),
                 lambda c, u: {"case": c.slug, "item": factories.evidence_item(
                     c, u, b"photo").pk, "site": site(c, u).pk, "role": "site_photo"},
                 {"notes": "north trench"}),
        endpoint("dna-reports", DnaMatchReport, report, report_payload,
                 {"notes": "second run"}),
        endpoint("identifications", Identification, identification,
                 lambda c, u: {"case": c.slug, "remains": remains(c, u).pk,
                               "person": factories.person(c, u).pk},
                 {"notes": "ring recognised"}, deletable=False),
        endpoint("identification-lines", IdentificationLine,
                 lambda c, u: actions.add_line(identification=identification(c, u),
                                               acting_user=u, kind="dental",
                                               summary="crown matches"),
                 lambda c, u: {"case": c.slug, "identification": identification(c, u).pk,
                               "kind": "circumstantial", "summary": "found with his papers"},
                 {"summary": "found with his identity papers"}),
    ]  # fmt: skip
