"""Sample records and valid API payloads for every case-scoped endpoint.

The permission, round-trip and bad-input suites are generated from ``ENDPOINTS``: adding a
model to the API without adding it here makes ``test_every_endpoint_is_covered`` fail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person

# Other engineers' endpoints that are not plain CRUD, tested by their own suites.
NOT_PLAIN_CRUD = {"evidence", "protected-persons"}
# The shared legal catalogue is not case-scoped: tests/legal checks who may read and change it.
NOT_PLAIN_CRUD |= {"instruments", "provisions", "crimes", "elements", "act-type-mappings"}


def place(case: Case, user: Any) -> rm.Place:
    return create_object(rm.Place, acting_user=user, case=case, name="Lakeside")


def event(case: Case, user: Any) -> rm.Event:
    return create_object(
        rm.Event, acting_user=user, case=case, title="Shelling of Lakeside",
        start_date=dt.date(1999, 4, 2), start_precision="day",
    )  # fmt: skip


def act(case: Case, user: Any) -> rm.Act:
    return create_object(rm.Act, acting_user=user, case=case, event=event(case, user),
                         act_type="killing")  # fmt: skip


def person(case: Case, user: Any) -> rm.Person:
    name = {"value": "Nərgiz Quliyeva", "kind": "full", "script": "Latn"}
    return create_person(case=case, acting_user=user, sex="female", birth_year=1960, names=[name])


def involvement(case: Case, user: Any) -> rm.Involvement:
    return create_object(rm.Involvement, acting_user=user, case=case, act=act(case, user),
                         person=person(case, user), role="victim")  # fmt: skip


def source(case: Case, user: Any) -> rm.Source:
    return create_object(rm.Source, acting_user=user, case=case, title="Morgue register",
                         kind="list", reliability="B")  # fmt: skip


def evidence_item(case: Case, user: Any, data: bytes = b"statement of witness W-3\n") -> Any:
    from rightsledger.evidence.actions import ingest_stream

    return ingest_stream(case=case, chunks=[data], file_name="w3.txt", acting_user=user).item


def consent(case: Case, user: Any) -> Any:
    from rightsledger.protection.models import Consent

    return create_object(Consent, acting_user=user, case=case, person=person(case, user),
                         purpose="documentation", granted=True, given_on=dt.date(2024, 5, 1),
                         taken_by="field team 2")  # fmt: skip


def classification(case: Case, user: Any) -> Any:
    from rightsledger.protection.models import Classification

    return create_object(Classification, acting_user=user, case=case,
                         target_type=ContentType.objects.get_for_model(rm.Source),
                         target_id=source(case, user).pk, level="confidential")  # fmt: skip


def evidence_link(case: Case, user: Any) -> Any:
    from rightsledger.evidence.actions import link_evidence

    return link_evidence(evidence_item(case, user), event(case, user), acting_user=user)


def qualification(case: Case, user: Any) -> Any:
    from rightsledger.legal.actions import propose_qualification
    from rightsledger.legal.loading import ensure_catalogue
    from rightsledger.legal.models import Crime

    ensure_catalogue()
    return propose_qualification(case=case, acting_user=user, act=act(case, user),
                                 crime=Crime.objects.get(code="7(1)(a)"))  # fmt: skip


def element_link(case: Case, user: Any) -> Any:
    from rightsledger.legal.actions import link_to_element

    proposed = qualification(case, user)
    return link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                           target=proposed.act, acting_user=user)  # fmt: skip


def qualification_payload(case: Case, user: Any) -> dict[str, Any]:
    from rightsledger.legal.loading import ensure_catalogue

    ensure_catalogue()
    return {"case": case.slug, "crime": "7(1)(a)", "act": act(case, user).pk, "status": "alleged"}


def element_link_payload(case: Case, user: Any) -> dict[str, Any]:
    proposed = qualification(case, user)
    return {"case": case.slug, "qualification": proposed.pk,
            "element": proposed.crime.elements.get(number=1).pk, "target_type": "act",
            "target_id": proposed.act.pk, "stance": "contradicts"}  # fmt: skip


def _models() -> dict[str, type[Any]]:
    from rightsledger.evidence.models import EvidenceLink
    from rightsledger.legal.models import ElementLink, Qualification
    from rightsledger.protection.models import Classification, Consent

    return {"evidence-links": EvidenceLink, "consents": Consent,
            "classifications": Classification, "qualifications": Qualification,
            "element-links": ElementLink}  # fmt: skip


@dataclass(frozen=True)
class Endpoint:
    name: str
    model: type[Any]
    make: Callable[[Case, Any], Any]
    payload: Callable[[Case, Any], dict[str, Any]]
    update: dict[str, Any]
    # Some records are ended by a step of their own and never deleted (an identification is
    # withdrawn, with a reason): DELETE is refused with 400 and the record stays.
    deletable: bool = True


ENDPOINTS: list[Endpoint] = [
    Endpoint("places", rm.Place, place,
             lambda c, u: {"case": c.slug, "name": "Hillside", "latitude": 40.1, "longitude": 46.2},
             {"notes": "village on the ridge"}),
    Endpoint("place-names", rm.PlaceName,
             lambda c, u: create_object(rm.PlaceName, acting_user=u, case=c, place=place(c, u),
                                        name="Лейксайд", script="Cyrl"),
             lambda c, u: {"case": c.slug, "place": place(c, u).pk, "name": "Ozərkənar",
                           "language": "az"},
             {"script": "Latn"}),
    Endpoint("events", rm.Event, event,
             lambda c, u: {"case": c.slug, "title": "Raid", "start_date": "1999-04-03",
                           "start_precision": "day", "places": [place(c, u).pk]},
             {"description": "night raid on the eastern quarter"}),
    Endpoint("acts", rm.Act, act,
             lambda c, u: {"case": c.slug, "event": event(c, u).pk, "act_type": "injury"},
             {"method": "shrapnel"}),
    Endpoint("persons", rm.Person, person,
             lambda c, u: {"case": c.slug, "sex": "male", "birth_year": 1941,
                           "names": [{"value": "Тофиг Мамедов", "kind": "full"}]},
             {"age_at_event": 57}),
    Endpoint("person-names", rm.PersonName,
             lambda c, u: person(c, u).names.get(),
             lambda c, u: {"case": c.slug, "person": person(c, u).pk, "kind": "alias",
                           "value": "Nargiz"},
             {"script": "Latn"}),
    Endpoint("relationships", rm.Relationship,
             lambda c, u: create_object(rm.Relationship, acting_user=u, case=c,
                                        person=person(c, u), relative=person(c, u),
                                        kind="sibling_of"),
             lambda c, u: {"case": c.slug, "person": person(c, u).pk,
                           "relative": person(c, u).pk, "kind": "parent_of"},
             {"notes": "per the family's testimony"}),
    Endpoint("involvements", rm.Involvement, involvement,
             lambda c, u: {"case": c.slug, "act": act(c, u).pk, "person": person(c, u).pk,
                           "role": "witness"},
             {"notes": "saw it from the school"}),
    Endpoint("statuses", rm.StatusRecord,
             lambda c, u: create_object(rm.StatusRecord, acting_user=u, case=c,
                                        involvement=involvement(c, u), status="captured"),
             lambda c, u: {"case": c.slug, "involvement": involvement(c, u).pk,
                           "status": "killed", "date": "1999-04-02", "date_precision": "day"},
             {"notes": "confirmed by exhumation"}),
    Endpoint("sources", rm.Source, source,
             lambda c, u: {"case": c.slug, "title": "Testimony T-7", "kind": "testimony",
                           "reliability": "C"},
             {"author": "field team 2"}),
    Endpoint("claims", rm.Claim,
             lambda c, u: create_object(rm.Claim, acting_user=u, case=c, source=source(c, u),
                                        kind="aggregate", statement="40 killed",
                                        event=event(c, u), category="killed", count=40),
             lambda c, u: {"case": c.slug, "source": source(c, u).pk, "kind": "individual",
                           "credibility": 2, "statement": "She was killed at home.",
                           "subject_type": "person", "subject_id": person(c, u).pk},
             {"locator": "p. 4"}),
    Endpoint("evidence-links", _models()["evidence-links"], evidence_link,
             lambda c, u: {"case": c.slug, "item": evidence_item(c, u, b"photo log").pk,
                           "target_type": "person", "target_id": person(c, u).pk},
             {"notes": "shows the house after the raid"}),
    Endpoint("consents", _models()["consents"], consent,
             lambda c, u: {"case": c.slug, "person": person(c, u).pk, "purpose": "sharing",
                           "recipient": "UN Special Rapporteur", "granted": True,
                           "given_on": "2024-06-02", "taken_by": "field team 1"},
             {"notes": "oral consent, recorded"}),
    Endpoint("classifications", _models()["classifications"], classification,
             lambda c, u: {"case": c.slug, "target_type": "person", "target_id": person(c, u).pk,
                           "field": "notes", "level": "internal"},
             {"reason": "names a relative"}),
    Endpoint("qualifications", _models()["qualifications"], qualification,
             qualification_payload,
             {"status": "under_analysis"}),
    Endpoint("element-links", _models()["element-links"], element_link, element_link_payload,
             {"note": "the act record names the victims"}),
]  # fmt: skip


def individual_claim_subject_type() -> ContentType:
    return ContentType.objects.get_for_model(rm.Person)


# The missing app's endpoints (tests/missing/endpoints.py).
from tests.missing import endpoints as _missing  # noqa: E402

NOT_PLAIN_CRUD |= _missing.NOT_PLAIN_CRUD
ENDPOINTS += _missing.endpoints(Endpoint)
