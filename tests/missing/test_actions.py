"""The write path: every change in the case's history, bad input refused with nothing
written, conflicts of identification refused or flagged, confirmation moving the figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from rightsledger.cases.actions import create_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.evidence.models import EvidenceItem
from rightsledger.missing import actions
from rightsledger.missing.models import (
    Identification,
    IdentificationLine,
    MissingPersonFile,
    ReferenceDonor,
    RemainsCase,
)
from rightsledger.records import models as rm
from rightsledger.records.figures import figure_persons
from tests.missing.conftest import Scene, dna_report, make


def entries(case: Any, object_type: str) -> int:
    return HistoryEntry.objects.filter(case=case, object_type=object_type).count()


def test_each_row_has_its_history_entry(scene: Scene) -> None:
    for label, count in [
        ("missing.missingpersonfile", 2), ("missing.referencedonor", 1),
        ("missing.burialsite", 1), ("missing.sitestatuschange", 1), ("missing.remainscase", 1),
        ("missing.remainssample", 1), ("missing.dnamatchreport", 1),
        ("missing.dnareportdonor", 1),
    ]:  # fmt: skip
        assert entries(scene.case, label) == count, label
    # The laboratory's report is an evidence item (with its derivative text), each recorded.
    items = EvidenceItem.objects.filter(case=scene.case)
    assert scene.report.report_item in items
    assert entries(scene.case, "evidence.evidenceitem") == items.count()


def test_opening_a_file_records_the_person_missing_once(scene: Scene, owner: Any) -> None:
    still = set(figure_persons(scene.case, "still_missing").values_list("pk", flat=True))
    assert still == {scene.missing.pk, scene.other.pk, scene.captive.pk}
    status = rm.StatusRecord.objects.get(person=scene.missing)
    assert (status.status, status.date, status.involvement.act.act_type) == (
        "missing",
        dt.date(2001, 3, 4),
        "other",
    )
    # A captive is counted still missing already: no second status.
    actions.open_file(person=scene.captive, acting_user=owner)
    assert list(rm.StatusRecord.objects.filter(person=scene.captive).values_list(
        "status", flat=True)) == ["captured"]  # fmt: skip


def test_a_person_in_no_act_needs_the_event(scene: Scene, owner: Any) -> None:
    lone = make(scene.case, owner, rm.Person, display_name="Unknown man")
    with pytest.raises(ValidationError, match="give the event"):
        actions.open_file(person=lone, acting_user=owner)
    assert not MissingPersonFile.objects.filter(person=lone).exists()
    assert (
        not rm.Act.objects.filter(case=scene.case, act_type="other")
        .exclude(involvements__person=scene.missing)
        .exclude(involvements__person=scene.other)
        .exists()
    )


def test_a_second_file_for_one_person_is_refused(scene: Scene, owner: Any) -> None:
    with pytest.raises(ValidationError):
        actions.open_file(person=scene.missing, acting_user=owner)
    assert MissingPersonFile.objects.filter(person=scene.missing).count() == 1


@pytest.mark.parametrize(("fields", "field"), [
    ({"kit_id": "REF-9", "sample_kind": "blood"}, "consent_identification"),
    ({"kit_id": "REF-9", "consent_identification": "granted"}, "kit_id"),
    ({"consent_other_uses": True}, "consent_other_uses"),
    ({"name": "  "}, "name"),
    ({"kit_id": "REF-0001", "sample_kind": "blood", "consent_identification": "granted"},
     "__all__"),
])  # fmt: skip
def test_a_bad_relative_is_refused(scene: Scene, owner: Any, fields: dict[str, Any],
                                   field: str) -> None:  # fmt: skip
    before = HistoryEntry.objects.count()
    data = {"name": "Quliyev Kamran", "kinship": "sibling", **fields}
    with pytest.raises(ValidationError) as error:
        actions.add_relative(file=scene.file, acting_user=owner, **data)
    assert field in error.value.message_dict
    assert ReferenceDonor.objects.count() == 1
    assert HistoryEntry.objects.count() == before


def test_ranges_and_areas_are_checked(scene: Scene, owner: Any) -> None:
    with pytest.raises(ValidationError, match="upper end"):
        make(scene.case, owner, RemainsCase, tag="X-1", condition="fragments", age_min=40,
             age_max=30)  # fmt: skip
    with pytest.raises(ValidationError, match="at least three"):
        actions.record_site(case=scene.case, acting_user=owner, name="Field", kind="other",
                            how_found="survey", area=[[46.7, 40.1], [46.8, 40.1]])  # fmt: skip
    site = actions.record_site(case=scene.case, acting_user=owner, name="Field", kind="other",
                               how_found="survey",
                               area=[[46.7, 40.1], [46.8, 40.1], [46.8, 40.2]])  # fmt: skip
    assert site.point() == pytest.approx((40.1333, 46.7667), abs=1e-3)


def test_a_report_needs_donors_of_the_same_missing_person(scene: Scene, owner: Any) -> None:
    items = entries(scene.case, "evidence.evidenceitem")
    with pytest.raises(ValidationError, match="another missing person"):
        dna_report(scene.case, owner, sample=scene.sample, file=scene.other_file,
                   donors=[scene.mother], number="LAB-2", data=b"report 2")  # fmt: skip
    with pytest.raises(ValidationError, match="1 or less"):
        actions.receive_dna_report(
            case=scene.case, acting_user=owner, chunks=[b"r3"], file_name="r3.txt",
            donors=[scene.mother], report_number="LAB-3", laboratory="Lab",
            report_date=dt.date(2004, 9, 1), sample=scene.sample, file=scene.file,
            likelihood_ratio=0.5, conclusion="match",
        )  # fmt: skip
    assert entries(scene.case, "evidence.evidenceitem") == items  # no file recorded either


def _identify(scene: Scene, owner: Any, remains: RemainsCase | None = None,
              person: rm.Person | None = None) -> Identification:  # fmt: skip
    return actions.propose_identification(
        remains=remains or scene.remains, person=person or scene.missing, acting_user=owner,
        lines=[{"kind": "dna", "dna_report": scene.report} if person is None else
               {"kind": "dental", "summary": "crown on the upper left canine"}],
    )  # fmt: skip


def test_confirming_records_found_dead_and_identified(scene: Scene, owner: Any) -> None:
    identification = _identify(scene, owner)
    assert scene.missing in figure_persons(scene.case, "still_missing")
    actions.confirm_identification(identification, acting_user=owner, on=dt.date(2004, 10, 1))
    identification.refresh_from_db()
    assert identification.status == "confirmed"
    assert identification.confirmed_by_name == "owner"
    statuses = dict(rm.StatusRecord.objects.filter(person=scene.missing).values_list(
        "status", "date"))  # fmt: skip
    assert statuses == {"missing": dt.date(2001, 3, 4), "found_dead": dt.date(2004, 6, 12),
                        "identified": dt.date(2004, 10, 1)}  # fmt: skip
    assert scene.missing not in figure_persons(scene.case, "still_missing")
    assert scene.missing in figure_persons(scene.case, "identified")
    assert scene.missing in figure_persons(scene.case, "found_dead")
    # Every status hangs on the documenters' one involvement, in the event's act.
    assert rm.Involvement.objects.filter(person=scene.missing).count() == 1


def test_withdrawing_a_confirmed_identification_undoes_the_statuses(scene: Scene,
                                                                   owner: Any) -> None:  # fmt: skip
    identification = actions.confirm_identification(_identify(scene, owner), acting_user=owner)
    written = [identification.found_dead_status_id, identification.identified_status_id]
    actions.withdraw_identification(identification, acting_user=owner, reason="sample mix-up")
    assert not rm.StatusRecord.objects.filter(pk__in=written).exists()
    assert scene.missing in figure_persons(scene.case, "still_missing")
    deleted = HistoryEntry.objects.filter(object_type="records.statusrecord", action="delete",
                                          object_id__in=[str(pk) for pk in written])  # fmt: skip
    assert deleted.count() == 2
    # Withdrawn, the remains may be identified again.
    assert _identify(scene, owner).status == "preliminary"


def test_only_an_owner_confirms(scene: Scene, owner: Any, viewer: Any) -> None:
    from rightsledger.cases.actions import set_membership

    set_membership(case=scene.case, user=viewer, role="editor", acting_user=owner)
    identification = _identify(scene, owner)
    with pytest.raises(ValidationError, match="owner"):
        actions.confirm_identification(identification, acting_user=viewer)
    identification.refresh_from_db()
    assert identification.status == "preliminary"
    assert not rm.StatusRecord.objects.filter(person=scene.missing, status="identified").exists()


def test_a_confirmation_needs_a_line_of_evidence(scene: Scene, owner: Any) -> None:
    bare = actions.propose_identification(remains=scene.remains, person=scene.missing,
                                          acting_user=owner)  # fmt: skip
    with pytest.raises(ValidationError, match="line of evidence"):
        actions.confirm_identification(bare, acting_user=owner)


def test_one_remains_case_is_never_two_persons(scene: Scene, owner: Any) -> None:
    _identify(scene, owner)
    with pytest.raises(ValidationError, match="already stand identified"):
        _identify(scene, owner, person=scene.other)
    assert Identification.objects.count() == 1


def test_two_remains_for_one_person_are_flagged_and_not_confirmed(scene: Scene,
                                                                  owner: Any) -> None:  # fmt: skip
    first = _identify(scene, owner)
    second_remains = make(scene.case, owner, RemainsCase, tag="LK-1-002", site=scene.site,
                          condition="partial_skeleton")  # fmt: skip
    second = _identify(scene, owner, remains=second_remains, person=scene.missing)
    assert actions.rival_identifications(first) == [second]
    with pytest.raises(ValidationError, match="withdraw one"):
        actions.confirm_identification(first, acting_user=owner)
    # Parts of one body (same commingling group) are not rivals.
    for remains in (scene.remains, second_remains):
        actions.update_object(remains, acting_user=owner, commingling_group="G-7")
    first.refresh_from_db()
    assert actions.rival_identifications(first) == []
    actions.confirm_identification(first, acting_user=owner)


def test_a_dna_line_must_be_a_match_of_these_remains_and_person(scene: Scene,
                                                                owner: Any) -> None:  # fmt: skip
    identification = actions.propose_identification(remains=scene.remains, person=scene.other,
                                                    acting_user=owner)  # fmt: skip
    with pytest.raises(ValidationError, match="another missing person"):
        actions.add_line(identification=identification, acting_user=owner, kind="dna",
                         dna_report=scene.report)  # fmt: skip
    with pytest.raises(ValidationError, match="what this line"):
        actions.add_line(identification=identification, acting_user=owner, kind="dental")
    assert not IdentificationLine.objects.exists()


def test_family_notified_then_handed_over_in_order(scene: Scene, owner: Any) -> None:
    identification = _identify(scene, owner)
    with pytest.raises(ValidationError):
        actions.notify_family(identification, acting_user=owner, on=dt.date(2004, 10, 2),
                              notified_by="field team")  # fmt: skip
    actions.confirm_identification(identification, acting_user=owner, on=dt.date(2004, 10, 1))
    identification.refresh_from_db()
    with pytest.raises(ValidationError, match="before"):
        actions.notify_family(identification, acting_user=owner, on=dt.date(2004, 9, 2),
                              notified_by="field team")  # fmt: skip
    actions.notify_family(identification, acting_user=owner, on=dt.date(2004, 10, 2),
                          notified_by="field team")  # fmt: skip
    actions.hand_over(identification, acting_user=owner, on=dt.date(2004, 10, 20),
                      to="his mother")  # fmt: skip
    identification.refresh_from_db()
    assert identification.status == "handed_over"


def test_cross_case_links_are_refused(scene: Scene, owner: Any) -> None:
    from rightsledger.cases.actions import create_case

    elsewhere = create_case(name="Another inquiry", owner=owner)
    person = make(elsewhere, owner, rm.Person, display_name="Someone else")
    with pytest.raises(ValidationError):
        create_object(Identification, acting_user=owner, case=scene.case,
                      remains=scene.remains, person=person)  # fmt: skip
