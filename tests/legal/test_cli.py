"""The commands: ``catalogue``, ``qualify`` and ``matrix`` (and the catalogue loaded by ``init``)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rightsledger.legal.catalogue_files import read_catalogue
from rightsledger.legal.models import ElementLink, Qualification
from tests.cli.conftest import initialised, initialised_template, run_cli  # noqa: F401
from tests.legal.conftest import Scene


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_catalogue_lists_crimes_with_the_kind_of_each_element(catalogue: None) -> None:
    tree = json.loads(run("catalogue", "--instrument", "RS", "--json"))
    assert [i["code"] for i in tree] == ["RS"]
    provisions = {p["code"]: p for p in tree[0]["provisions"]}
    (genocide,) = provisions["RS 6(a)"]["crimes"]
    assert [(e["label"], e["kind"]) for e in genocide["elements"]] == [
        ("1", "material"), ("2", "material"), ("3", "mental"), ("4", "contextual"), ("30", "mental"),
    ]  # fmt: skip
    assert genocide["elements"][2]["specific_intent"] is True
    text = run("catalogue", "--instrument", "CED", "--language", "ru")
    assert "Запрещение насильственных исчезновений" in text
    with pytest.raises(CommandError, match="no instrument 'XYZ'"):
        run("catalogue", "--instrument", "XYZ")


def test_qualify_from_proposal_to_matrix(scene: Scene, owner: Any, analyst: Any) -> None:
    slug = scene.case.slug
    assert "7(1)(a)" in run("qualify", "suggest", "--case", slug, "--act", str(scene.killing.pk),
                            "--as", "analyst")  # fmt: skip
    pk = run("qualify", "propose", "--case", slug, "--crime", "7(1)(a)", "--act",
             str(scene.killing.pk), "--as", "analyst").strip()  # fmt: skip
    proposed = Qualification.objects.get(pk=int(pk))
    assert proposed.proposer_name == "analyst"
    attributed = run("qualify", "propose", "--case", slug, "--provision", "ICCPR 6", "--event",
                     str(scene.event.pk), "--source", str(scene.witness.pk), "--locator", "p. 2",
                     "--as", "owner").strip()  # fmt: skip
    assert Qualification.objects.get(pk=int(attributed)).attributed_to == scene.witness
    shared = run("qualify", "link", pk, "--case", slug, "--element", "2", "--claim",
                 str(scene.witness_claim.pk), "--as", "analyst")  # fmt: skip
    assert "shared in the case: cah-attack" in shared
    run("qualify", "link", pk, "--case", slug, "--element", "1", "--evidence", str(scene.item.pk),
        "--contradicts", "--note", "register says injured", "--as", "analyst")  # fmt: skip
    run("qualify", "link", attributed, "--case", slug, "--element", "1", "--act",
        str(scene.killing.pk), "--as", "analyst")  # fmt: skip
    run("qualify", "status", pk, "under_analysis", "--case", slug, "--as", "owner")
    listing = run("qualify", "list", "--case", slug, "--as", "owner")
    assert f"{pk}\tunder_analysis\t7(1)(a)" in listing
    assert "attributed to Testimony W-3, p. 2" in listing
    matrix = json.loads(run("matrix", "--case", slug, "--format", "json", "--as", "owner"))
    by_id = {m["id"]: m for m in matrix}
    contradicting = by_id[int(pk)]["elements"][0]["contradicting"]
    assert contradicting[0]["note"] == "register says injured"
    link = ElementLink.objects.get(stance="contradicts")
    run("qualify", "unlink", str(link.pk), "--case", slug, "--as", "analyst")
    run("qualify", "withdraw", attributed, "--case", slug, "--as", "owner")
    assert list(Qualification.objects.values_list("pk", flat=True)) == [int(pk)]


def test_qualify_refuses_clearly(scene: Scene, owner: Any, viewer: Any, stranger: Any) -> None:
    slug = scene.case.slug
    propose = ["qualify", "propose", "--case", slug, "--crime", "7(1)(a)"]
    with pytest.raises(CommandError, match=f"no case '{slug}' in which viewer may analyze"):
        run(*propose, "--as", "viewer")
    with pytest.raises(CommandError, match="no case"):
        run("qualify", "list", "--case", slug, "--as", "stranger")
    with pytest.raises(CommandError, match="no crime '9'"):
        run("qualify", "propose", "--case", slug, "--crime", "9", "--as", "owner")
    with pytest.raises(CommandError, match="no act 999999"):
        run(*propose, "--act", "999999", "--as", "owner")
    pk = run(*propose, "--as", "owner").strip()
    with pytest.raises(CommandError, match="has no element 7"):
        run("qualify", "link", pk, "--case", slug, "--element", "7", "--act",
            str(scene.killing.pk), "--as", "owner")  # fmt: skip
    run("qualify", "link", pk, "--case", slug, "--element", "1", "--act", str(scene.killing.pk),
        "--as", "owner")  # fmt: skip
    with pytest.raises(CommandError, match="already linked"):
        run("qualify", "link", pk, "--case", slug, "--element", "1", "--act",
            str(scene.killing.pk), "--as", "owner")  # fmt: skip
    assert ElementLink.objects.count() == 1


@pytest.mark.own_database
def test_init_loads_the_catalogue_once(run_cli: Callable[..., Any], initialised: Path) -> None:  # noqa: F811
    again = run_cli("init")
    assert again.returncode == 0, again.stderr
    assert f"Legal catalogue {read_catalogue().version}: already loaded." in again.stdout
    shown = run_cli("catalogue", "--instrument", "CPPCG", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)[0]["provisions"][1]["code"] == "CPPCG II"
    empty = run_cli("case", "create", "Inquiry into the ridge")
    matrix = run_cli("matrix", "--case", empty.stdout.strip(), "--format", "csv")
    assert matrix.returncode == 0, matrix.stderr
    assert matrix.stdout.startswith("case,qualification_id,qualification,provision,crime")
    refused = run_cli("matrix", "--case", "no-such-case")
    assert refused.returncode != 0
    assert "no case 'no-such-case'" in refused.stderr
