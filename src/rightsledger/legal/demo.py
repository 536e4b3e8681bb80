"""The demo case's legal analysis: two proposed qualifications, partly argued, with gaps.

Everything in it is invented, like the rest of the demo case.  The matrix is left unfinished
on purpose, so the gaps show: elements with nothing linked, one resting on a single
uncorroborated claim, one resting only on a source graded E.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import Case
from rightsledger.legal.actions import link_to_element, propose_qualification
from rightsledger.legal.loading import ensure_catalogue
from rightsledger.legal.models import Crime, Qualification
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v


def load_demo_qualifications(case: Case, owner: Any) -> bool:
    """Propose and partly argue two qualifications in the demo case; False if already done."""
    ensure_catalogue()
    if Qualification.objects.filter(case=case).exists():
        return False
    with transaction.atomic():
        _murder_as_crime_against_humanity(case, owner)
        _hostage_taking(case, owner)
    return True


def _element(qualification: Qualification, number: int) -> Any:
    return qualification.crime.elements.get(number=number)  # type: ignore[union-attr]


def _murder_as_crime_against_humanity(case: Case, owner: Any) -> None:
    killing = rm.Act.objects.filter(case=case, act_type=v.ActType.KILLING).first()
    statement = rm.Source.objects.filter(case=case, kind=v.SourceKind.STATEMENT).first()
    if killing is None or statement is None:
        return
    proposed = propose_qualification(
        case=case, acting_user=owner, crime=Crime.objects.get(code="7(1)(a)"), act=killing,
        source=statement, locator="para. 3 (fictional)",
        note="The statement characterises the killings; the analysis of each element follows.",
    )  # fmt: skip
    killed_claim = rm.Claim.objects.filter(case=case, source=statement, category="killed",
                                           subgroup="all").first()  # fmt: skip

    def link(number: int, target: Any, note: str, **extra: Any) -> None:
        link_to_element(qualification=proposed, element=_element(proposed, number), target=target,
                        acting_user=owner, note=note, **extra)  # fmt: skip

    link(1, killing, "The act record lists the persons recorded as killed.")
    victims = rm.Involvement.objects.filter(case=case, act=killing, role=v.InvolvementRole.VICTIM)
    for involvement in victims[:2]:
        link(1, involvement, "A victim of the act, recorded as killed.")
    if killed_claim is not None:
        # The attack on the civilian population is argued once for the case (shared).
        link(2, killed_claim, "The statement speaks of an attack on the town; one source only.")
    item = _demo_evidence(case, owner)
    if item is not None:
        link(1, item, "Register extract naming the dead (fictional).")
    # Element 3 (knowledge of the attack) and the general mental element: nothing yet.


def _hostage_taking(case: Case, owner: Any) -> None:
    capture = rm.Act.objects.filter(case=case, act_type=v.ActType.HOSTAGE_TAKING).first()
    if capture is None:
        return
    proposed = propose_qualification(
        case=case, acting_user=owner, crime=Crime.objects.get(code="8(2)(a)(viii)"), act=capture,
        status="under_analysis",
        note="Whether the captors set conditions for release is not yet established.",
    )  # fmt: skip
    post = create_object(
        rm.Source, acting_user=owner, case=case, kind=v.SourceKind.MEDIA,
        title="Anonymous social-media post about the captives (fictional)",
        reliability=v.Reliability.E,
    )  # fmt: skip
    demand = create_object(
        rm.Claim, acting_user=owner, case=case, source=post, kind=v.ClaimKind.INDIVIDUAL,
        credibility=v.Credibility.DOUBTFUL,
        statement="The post says the captors offered to release the captives in exchange for "
        "their own detained fighters.",
        subject_type=ContentType.objects.get_for_model(rm.Act), subject_id=capture.pk,
    )  # fmt: skip
    link_to_element(qualification=proposed, element=_element(proposed, 1), target=capture,
                    acting_user=owner, note="The act record: four persons taken at the crossing.")  # fmt: skip
    link_to_element(qualification=proposed, element=_element(proposed, 3), target=demand,
                    acting_user=owner, note="The only indication of a demand so far.")  # fmt: skip
    released = rm.StatusRecord.objects.filter(case=case, status=v.VictimStatus.RELEASED).first()
    if released is not None:
        link_to_element(qualification=proposed, element=_element(proposed, 2), target=released,
                        acting_user=owner, stance="contradicts",
                        note="One captive was released; no threat is recorded.")  # fmt: skip


def _demo_evidence(case: Case, owner: Any) -> Any:
    """A small invented text preserved as evidence; None when the store cannot be used."""
    from rightsledger.evidence.actions import ingest_stream
    from rightsledger.evidence.store import StoreError

    text = ("District hospital — register extract (fictional, for the demo)\n"
            "4 March 2001: three persons brought in dead from the town centre.\n").encode()  # fmt: skip
    try:
        return ingest_stream(case=case, chunks=[text], file_name="register-extract.txt",
                             acting_user=owner, description="Invented register extract",
                             purpose="demo").item  # fmt: skip
    except (StoreError, OSError):
        return None
