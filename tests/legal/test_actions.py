"""The legal write path: every change has its history entry; bad input changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from rightsledger.cases.actions import create_case, create_object
from rightsledger.cases.history import verify_chain
from rightsledger.cases.models import HistoryEntry
from rightsledger.legal import actions
from rightsledger.legal.models import ActTypeMapping, ElementLink, Provision, Qualification
from rightsledger.records import models as rm
from tests.legal.conftest import Scene, crime


def counts() -> tuple[int, int, int]:
    return Qualification.objects.count(), ElementLink.objects.count(), HistoryEntry.objects.count()


def test_each_change_is_in_the_case_history(scene: Scene, owner: Any, analyst: Any) -> None:
    proposed = actions.propose_qualification(case=scene.case, acting_user=analyst,
                                             crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    assert proposed.provision.code == "RS 7(1)(a)"
    assert proposed.event == scene.event  # the act's event
    assert (proposed.proposed_by, proposed.proposer_name) == (analyst, "analyst")
    link = actions.link_to_element(qualification=proposed, target=scene.morgue_claim,
                                   element=proposed.crime.elements.get(number=1),
                                   acting_user=analyst, note="register entry")  # fmt: skip
    actions.change_link(link, acting_user=analyst, note="register entry, p. 4")
    actions.change_qualification(proposed, acting_user=owner, status="under_analysis")
    actions.unlink(link, acting_user=analyst)
    actions.withdraw_qualification(proposed, acting_user=owner)
    entries = HistoryEntry.objects.filter(case=scene.case, object_type__startswith="legal.")
    assert [(e.object_type, e.action, e.actor_name) for e in entries.order_by("sequence")] == [
        ("legal.qualification", "create", "analyst"),
        ("legal.elementlink", "create", "analyst"),
        ("legal.elementlink", "update", "analyst"),
        ("legal.qualification", "update", "owner"),
        ("legal.elementlink", "delete", "analyst"),
        ("legal.qualification", "delete", "owner"),
    ]
    assert list(verify_chain(f"case:{scene.case.pk}")) == []


def test_a_source_may_be_the_one_that_proposes(scene: Scene, owner: Any) -> None:
    proposed = actions.propose_qualification(
        case=scene.case, acting_user=owner, crime=crime("6(a)"), event=scene.event,
        source=scene.rumour, locator="post of 5 March",
    )  # fmt: skip
    assert proposed.proposed_by is None
    assert proposed.proposer_name == ""
    assert proposed.attributed_to == scene.rumour
    entry = HistoryEntry.objects.filter(object_type="legal.qualification").get()
    assert entry.actor_name == "owner"  # who entered it is still recorded


def test_withdrawing_keeps_each_link_in_the_history(scene: Scene, owner: Any) -> None:
    proposed = actions.propose_qualification(case=scene.case, acting_user=owner,
                                             crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    for target in (scene.morgue_claim, scene.item):
        actions.link_to_element(qualification=proposed, target=target, acting_user=owner,
                                element=proposed.crime.elements.get(number=1))  # fmt: skip
    actions.withdraw_qualification(proposed, acting_user=owner)
    gone = HistoryEntry.objects.filter(object_type="legal.elementlink", action="delete")
    assert gone.count() == 2
    assert not ElementLink.objects.exists()


@pytest.mark.parametrize("mistake", ["other_case", "foreign_element", "twice", "not_a_record"])
def test_a_bad_link_changes_nothing(scene: Scene, owner: Any, mistake: str) -> None:
    proposed = actions.propose_qualification(case=scene.case, acting_user=owner,
                                             crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    killed = proposed.crime.elements.get(number=1)
    target: Any = scene.morgue_claim
    element = killed
    if mistake == "other_case":
        other = create_case(name="Another inquiry", owner=owner)
        source = create_object(rm.Source, acting_user=owner, case=other, title="x", kind="list")
        target = source
    elif mistake == "foreign_element":
        element = crime("8(2)(a)(i)").elements.get(number=1)
    elif mistake == "twice":
        actions.link_to_element(qualification=proposed, element=killed, target=target,
                                acting_user=owner)  # fmt: skip
    elif mistake == "not_a_record":
        target = scene.case
    before = counts()
    with pytest.raises(ValidationError) as refused:
        actions.link_to_element(qualification=proposed, element=element, target=target,
                                acting_user=owner)  # fmt: skip
    assert refused.value.messages
    assert counts() == before


def test_a_bad_proposition_changes_nothing(scene: Scene, owner: Any) -> None:
    other = create_case(name="Another inquiry", owner=owner)
    before = counts()
    with pytest.raises(ValidationError, match="crime or a provision"):
        actions.propose_qualification(case=scene.case, acting_user=owner, act=scene.killing)
    with pytest.raises(ValidationError, match="crime's provision"):
        actions.propose_qualification(case=scene.case, acting_user=owner, crime=crime("7(1)(a)"),
                                      provision=Provision.objects.get(code="ICCPR 6"))  # fmt: skip
    with pytest.raises(ValidationError, match="same case"):
        actions.propose_qualification(case=other, acting_user=owner, crime=crime("7(1)(a)"),
                                      act=scene.killing)  # fmt: skip
    assert counts() == before
    proposed = actions.propose_qualification(case=scene.case, acting_user=owner,
                                             crime=crime("7(1)(a)"))  # fmt: skip
    with pytest.raises(ValidationError, match="new qualification"):
        actions.change_qualification(proposed, acting_user=owner, crime=crime("7(1)(f)"))
    with pytest.raises(ValidationError):
        actions.change_qualification(proposed, acting_user=owner, status="proven")
    proposed.refresh_from_db()
    assert (proposed.crime.code, proposed.status) == ("7(1)(a)", "alleged")


def test_only_administrators_change_the_shared_catalogue(
    scene: Scene, owner: Any, administrator: Any
) -> None:
    provision = Provision.objects.get(code="ICCPR 6")
    before = HistoryEntry.objects.filter(chain="global").count()
    with pytest.raises(PermissionDenied):
        actions.update_catalogue_entry(provision, acting_user=owner, summary={"en": "changed"})
    with pytest.raises(PermissionDenied):
        actions.add_act_type_mapping(act_type="killing", crime=crime("7(1)(b)"), acting_user=owner)
    assert HistoryEntry.objects.filter(chain="global").count() == before
    with pytest.raises(ValidationError):
        actions.update_catalogue_entry(provision, acting_user=administrator, summary={"en": ""})
    with pytest.raises(ValidationError):
        actions.update_catalogue_entry(provision, acting_user=administrator, number="99")
    actions.update_catalogue_entry(provision, acting_user=administrator,
                                   summary={"az": "Hər kəsin yaşamaq hüququ var."})  # fmt: skip
    provision.refresh_from_db()
    assert provision.summary["az"] == "Hər kəsin yaşamaq hüququ var."
    assert provision.summary["ru"].startswith("Каждый человек")
    entry = HistoryEntry.objects.filter(chain="global").latest("sequence")
    assert (entry.case, entry.actor_name, entry.object_type) == (None, "admin", "legal.provision")
    assert set(entry.after) == {"summary", "origin"}
    assert list(verify_chain("global")) == []


def test_a_case_extends_the_mapping_for_itself(
    scene: Scene, owner: Any, administrator: Any
) -> None:
    own = actions.add_act_type_mapping(act_type="killing", crime=crime("7(1)(h)"),
                                       case=scene.case, acting_user=owner, note="targeted by origin")  # fmt: skip
    assert HistoryEntry.objects.filter(case=scene.case, object_type="legal.acttypemapping").exists()
    with pytest.raises(ValidationError, match="already mapped"):
        actions.add_act_type_mapping(act_type="killing", crime=crime("7(1)(h)"), case=scene.case,
                                     acting_user=owner)  # fmt: skip
    from rightsledger.legal.queries import suggestions_for

    codes = {s.code: s.case_own for s in suggestions_for("killing", scene.case, owner)}
    assert codes["7(1)(h)"] is True
    assert codes["7(1)(a)"] is False
    other = create_case(name="Another inquiry", owner=owner)
    assert "7(1)(h)" not in {s.code for s in suggestions_for("killing", other, owner)}
    shared = actions.add_act_type_mapping(act_type="killing", crime=crime("7(1)(h)"),
                                          acting_user=administrator)  # fmt: skip
    assert shared.case is None
    with pytest.raises(PermissionDenied):
        actions.remove_act_type_mapping(shared, acting_user=owner)
    actions.remove_act_type_mapping(own, acting_user=owner)
    assert not ActTypeMapping.objects.filter(pk=own.pk).exists()


def test_a_linked_record_cannot_be_deleted_from_under_its_element(
    scene: Scene, owner: Any, analyst: Any
) -> None:
    from django.db.models import ProtectedError

    from rightsledger.cases.actions import delete_object

    proposed = actions.propose_qualification(case=scene.case, acting_user=analyst,
                                             crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    actions.link_to_element(qualification=proposed, target=scene.morgue_claim,
                            element=proposed.crime.elements.get(number=1),
                            acting_user=analyst)  # fmt: skip
    actions.link_to_element(qualification=proposed, target=scene.killing,
                            element=proposed.crime.elements.get(number=1),
                            acting_user=analyst)  # fmt: skip
    before = counts()
    with pytest.raises(ProtectedError, match="unlink it first"):
        delete_object(scene.morgue_claim, acting_user=owner)
    # Nor as a row that would go with its event (the linked act is the event's).
    with pytest.raises(ProtectedError):
        delete_object(scene.killing.event, acting_user=owner)
    assert counts() == before
    assert rm.Claim.objects.filter(pk=scene.morgue_claim.pk).exists()
    assert rm.Act.objects.filter(pk=scene.killing.pk).exists()
    assert list(verify_chain(f"case:{scene.case.pk}")) == []
    # Unlinked, it goes.
    for link in ElementLink.objects.filter(
        target_type__model="claim", target_id=scene.morgue_claim.pk
    ):
        actions.unlink(link, acting_user=analyst)
    delete_object(scene.morgue_claim, acting_user=owner)
    assert not rm.Claim.objects.filter(pk=scene.morgue_claim.pk).exists()


def test_a_linked_person_stops_a_bulk_deletion_of_persons(scene: Scene, analyst: Any) -> None:
    # What linkage does when it retires persons: one queryset deletion of many rows.
    from django.db import transaction
    from django.db.models import ProtectedError

    proposed = actions.propose_qualification(case=scene.case, acting_user=analyst,
                                             crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    actions.link_to_element(qualification=proposed, target=scene.victim,
                            element=proposed.crime.elements.get(number=1),
                            acting_user=analyst)  # fmt: skip
    spare = rm.Person.objects.bulk_create(
        [rm.Person(case=scene.case, display_name=f"Spare {n}") for n in range(30)]
    )
    ids = [p.pk for p in spare]
    with pytest.raises(ProtectedError, match="unlink it first"), transaction.atomic():
        rm.Person.objects.filter(pk__in=[*ids, scene.victim.pk]).order_by("pk").delete()
    assert rm.Person.objects.filter(pk__in=[*ids, scene.victim.pk]).count() == len(ids) + 1
    rm.Person.objects.filter(pk__in=ids).delete()
    assert not rm.Person.objects.filter(pk__in=ids).exists()
    assert rm.Person.objects.filter(pk=scene.victim.pk).exists()
