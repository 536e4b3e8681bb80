"""A case's qualifications and their links travel in its bag and come back on import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rightsledger.archive.bag import export_bag
from rightsledger.legal.actions import link_to_element, propose_qualification
from rightsledger.legal.queries import case_matrices
from tests.legal.conftest import Scene, crime


def test_qualifications_are_in_the_bag(scene: Scene, owner: Any, tmp_path: Path) -> None:
    proposed = propose_qualification(case=scene.case, acting_user=owner, crime=crime("7(1)(a)"),
                                     act=scene.killing)  # fmt: skip
    link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=2),
                    target=scene.witness_claim, acting_user=owner)  # fmt: skip
    before = case_matrices(scene.case, owner)
    target = tmp_path / "bag"
    export_bag(scene.case, target, acting_user=owner)
    records = target / "data" / "records"
    assert (records / "legal.qualification.json").exists()
    assert "cah-attack" in (records / "legal.elementlink.json").read_text(encoding="utf-8")
    assert before[0].rows[1].supporting
