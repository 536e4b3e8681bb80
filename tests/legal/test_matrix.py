"""The case matrix: elements in order, what is linked, shared contexts, and the gaps."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rightsledger.cases.actions import create_case, delete_object
from rightsledger.legal.actions import (
    link_to_element,
    propose_qualification,
    withdraw_qualification,
)
from rightsledger.legal.gaps import Gap
from rightsledger.legal.models import ElementLink
from rightsledger.legal.queries import MatrixView, case_matrices
from tests.legal.conftest import Scene, crime


def matrix_of(scene: Scene, user: Any, qualification: Any) -> MatrixView:
    return case_matrices(scene.case, user, ids=[qualification.pk])[0]


def element(qualification: Any, number: int) -> Any:
    return qualification.crime.elements.get(number=number)


def test_rows_follow_the_elements_with_article_30_last(scene: Scene, owner: Any) -> None:
    proposed = propose_qualification(case=scene.case, acting_user=owner,
                                     crime=crime("7(1)(i)"), act=scene.capture)  # fmt: skip
    matrix = matrix_of(scene, owner, proposed)
    assert [r.element.label for r in matrix.rows] == ["1", "2", "3", "4", "5", "6", "7", "8", "30"]
    assert all(r.gaps == (Gap.NOTHING_LINKED,) for r in matrix.rows)
    assert matrix.rows_with_gaps == 9
    assert matrix.provision_code == "RS 7(1)(i)"
    assert matrix.proposer == f"proposed by {owner.username}"
    assert matrix.subject == "the act “hostage-taking — Attack on Lakeside”"


def test_linking_closes_gaps_by_the_rules(scene: Scene, owner: Any) -> None:
    proposed = propose_qualification(case=scene.case, acting_user=owner,
                                     crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    killed = element(proposed, 1)

    def row() -> Any:
        return matrix_of(scene, owner, proposed).rows[0]

    link_to_element(qualification=proposed, element=killed, target=scene.rumour_claim,
                    acting_user=owner, note="says she was shot")  # fmt: skip
    assert row().gaps == (Gap.ONLY_UNCORROBORATED_CLAIMS, Gap.ONLY_WEAK_SOURCES)
    link_to_element(qualification=proposed, element=killed, target=scene.witness_claim,
                    acting_user=owner)  # fmt: skip
    assert row().gaps == ()  # two sources, one of them graded C
    shown = row().supporting
    assert [(v.target_kind, v.reliability, v.credibility) for v in shown] == [
        ("claim", "E", 4), ("claim", "C", 3)]  # fmt: skip
    assert shown[0].note == "says she was shot"
    assert shown[1].source_title == "Testimony W-3"
    link_to_element(qualification=proposed, element=killed, target=scene.item,
                    acting_user=owner, stance="contradicts")  # fmt: skip
    assert [v.target_kind for v in row().contradicting] == ["evidence"]
    assert row().contradicting[0].reliability == "B"  # the item's source


def test_records_are_graded_by_the_claims_about_them(scene: Scene, owner: Any) -> None:
    proposed = propose_qualification(case=scene.case, acting_user=owner,
                                     crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    link_to_element(qualification=proposed, element=element(proposed, 1), target=scene.victim,
                    acting_user=owner)  # fmt: skip
    view = matrix_of(scene, owner, proposed).rows[0].supporting[0]
    # Three claims are about the victim: from sources graded B, E and C; the best counts.
    assert (view.reliability, view.credibility, view.source_title) == ("B", 3, "Morgue register")
    assert view.label == "Əliyeva Leyla"


def test_a_contextual_element_is_argued_once_and_shared(scene: Scene, owner: Any) -> None:
    murder = propose_qualification(case=scene.case, acting_user=owner, crime=crime("7(1)(a)"),
                                   act=scene.killing)  # fmt: skip
    torture = propose_qualification(case=scene.case, acting_user=owner, crime=crime("7(1)(f)"),
                                    event=scene.event)  # fmt: skip
    wilful = propose_qualification(case=scene.case, acting_user=owner, crime=crime("8(2)(a)(i)"),
                                   act=scene.killing)  # fmt: skip
    link = link_to_element(qualification=murder, element=element(murder, 2),
                           target=scene.witness_claim, acting_user=owner)  # fmt: skip
    assert link.qualification_id is None
    assert link.context_key == "cah-attack"
    matrices = {m.qualification.pk: m for m in case_matrices(scene.case, owner)}
    attack_in_torture = matrices[torture.pk].rows[3]  # element 4 of torture: the attack
    assert attack_in_torture.shared
    assert [v.target_id for v in attack_in_torture.supporting] == [scene.witness_claim.pk]
    assert all(not r.supporting for r in matrices[wilful.pk].rows)  # a war crime: other contexts
    # Withdrawing the qualification it was linked through keeps the case's shared link.
    withdraw_qualification(murder, acting_user=owner)
    assert ElementLink.objects.filter(pk=link.pk).exists()
    # Another case sees none of it.
    other = create_case(name="Another inquiry", owner=owner)
    assert case_matrices(other, owner) == []


def test_a_supporting_record_cannot_be_deleted_until_unlinked(scene: Scene, owner: Any) -> None:
    from django.db.models import ProtectedError

    from rightsledger.legal.actions import unlink
    from rightsledger.legal.models import ElementLink

    proposed = propose_qualification(case=scene.case, acting_user=owner,
                                     crime=crime("7(1)(a)"), act=scene.killing)  # fmt: skip
    link_to_element(qualification=proposed, element=element(proposed, 1),
                    target=scene.witness_claim, acting_user=owner)  # fmt: skip
    link_to_element(qualification=proposed, element=element(proposed, 1),
                    target=scene.morgue_claim, acting_user=owner)  # fmt: skip
    assert matrix_of(scene, owner, proposed).rows[0].gaps == ()
    with pytest.raises(ProtectedError):
        delete_object(scene.witness_claim, acting_user=owner)
    assert matrix_of(scene, owner, proposed).rows[0].gaps == ()
    # Unlinked first, the claim may go, and the element rests on one claim alone.
    link = ElementLink.objects.get(qualification=proposed, target_type__model="claim",
                                   target_id=scene.witness_claim.pk)  # fmt: skip
    unlink(link, acting_user=owner)
    delete_object(scene.witness_claim, acting_user=owner)
    row = matrix_of(scene, owner, proposed).rows[0]
    assert [v.found for v in row.supporting] == [True]
    assert row.gaps == (Gap.ONLY_UNCORROBORATED_CLAIMS,)


def test_a_provision_without_elements_has_one_row(scene: Scene, owner: Any) -> None:
    from rightsledger.legal.models import Provision

    proposed = propose_qualification(case=scene.case, acting_user=owner, act=scene.killing,
                                     provision=Provision.objects.get(code="ICCPR 6"))  # fmt: skip
    link_to_element(qualification=proposed, target=scene.item, acting_user=owner)
    matrix = matrix_of(scene, owner, proposed)
    assert len(matrix.rows) == 1
    assert matrix.rows[0].element is None
    assert matrix.rows[0].gaps == ()
    assert matrix.title == "Right to life"


def test_queries_do_not_grow_with_qualifications_and_links(scene: Scene, owner: Any) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            case_matrices(scene.case, owner)
        return len(queries)

    first = propose_qualification(case=scene.case, acting_user=owner, crime=crime("7(1)(a)"),
                                  act=scene.killing)  # fmt: skip
    link_to_element(qualification=first, element=element(first, 1), target=scene.morgue_claim,
                    acting_user=owner)  # fmt: skip
    link_to_element(qualification=first, element=element(first, 1), target=scene.killing,
                    acting_user=owner)  # fmt: skip
    one = count()
    for code in ["7(1)(f)", "7(1)(e)", "8(2)(a)(viii)", "6(a)"]:
        more = propose_qualification(case=scene.case, acting_user=owner, crime=crime(code),
                                     act=scene.capture)  # fmt: skip
        link_to_element(qualification=more, element=element(more, 1),
                        target=scene.witness_claim, acting_user=owner)  # fmt: skip
        link_to_element(qualification=more, element=element(more, 1), target=scene.item,
                        acting_user=owner)  # fmt: skip
    assert count() == one + 1  # the evidence kind: one more query, whatever the number
