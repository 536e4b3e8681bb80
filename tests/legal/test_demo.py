"""The demo case carries two proposed qualifications, partly argued, with gaps to see."""

from __future__ import annotations

from typing import Any

from rightsledger.legal.demo import load_demo_qualifications
from rightsledger.legal.models import ElementLink, Qualification
from rightsledger.legal.queries import case_matrices
from rightsledger.records.demo import load_demo


def test_the_demo_case_has_two_qualifications_with_matrix_and_gaps(owner: Any) -> None:
    case = load_demo(owner)
    assert load_demo_qualifications(case, owner)
    matrices = case_matrices(case, owner, language="en")
    assert [m.crime_code for m in matrices] == ["7(1)(a)", "8(2)(a)(viii)"]
    murder, hostages = matrices
    assert murder.proposer.startswith("attributed to Statement of the regional ombudsman")
    assert hostages.proposer == f"proposed by {owner.username}"
    for matrix in matrices:
        assert any(row.supporting for row in matrix.rows)
        assert 0 < matrix.rows_with_gaps < len(matrix.rows) + 1
    assert murder.rows[0].gaps == ()  # the killing: act, victims and a register extract
    kinds = {v.target_kind for v in murder.rows[0].supporting}
    assert {"act", "evidence"} <= kinds
    assert any(row.contradicting for row in hostages.rows)
    gaps = {gap for matrix in matrices for row in matrix.rows for gap in row.gaps}
    assert gaps == {"nothing_linked", "only_uncorroborated_claims", "only_weak_sources"}
    # Loading again changes nothing.
    before = (Qualification.objects.count(), ElementLink.objects.count())
    assert not load_demo_qualifications(case, owner)
    assert (Qualification.objects.count(), ElementLink.objects.count()) == before
