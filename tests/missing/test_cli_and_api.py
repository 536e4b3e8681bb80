"""The command line and the API: figures, candidates, and the steps of an identification,
through the same access check and actions as the pages."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from rightsledger.missing.models import Identification
from rightsledger.records import models as rm
from tests.conftest import client_for
from tests.missing.conftest import Scene


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_figures_candidates_and_identification_on_the_command_line(scene: Scene) -> None:
    slug = scene.case.slug
    figures = json.loads(run("missing", "figures", "--case", slug, "--json", "--as", "owner"))
    assert figures["figures"] == {"reported_missing": 2, "still_missing": 3,
                                  "remains_recovered": 1, "identified": 0, "handed_over": 0}  # fmt: skip
    ranked = json.loads(run("missing", "candidates", "--case", slug, "--remains", "LK-1-001",
                            "--json", "--as", "owner"))  # fmt: skip
    assert ranked[0]["person"] == scene.missing.pk
    number = run("missing", "identify", "--case", slug, "--remains", "LK-1-001", "--person",
                 str(scene.missing.pk), "--as", "owner").strip()  # fmt: skip
    identification = Identification.objects.get(pk=int(number))
    with pytest.raises(CommandError, match="line of evidence"):
        run("missing", "step", number, "confirm", "--case", slug, "--as", "owner")
    from rightsledger.missing.actions import add_line

    add_line(identification=identification, acting_user=identification.case.memberships.get(
        role="owner").user, kind="dna", dna_report=scene.report)  # fmt: skip
    assert "confirmed" in run("missing", "step", number, "confirm", "--case", slug, "--on",
                              "2004-10-01", "--as", "owner")  # fmt: skip
    figures = json.loads(run("missing", "figures", "--case", slug, "--json", "--as", "viewer"))
    assert figures["figures"]["still_missing"] == 2
    assert "Site LK-1" in run("missing", "sites", "--case", slug, "--as", "viewer")


def test_the_command_line_refuses_strangers_and_viewers_writing(scene: Scene,
                                                                stranger: Any) -> None:  # fmt: skip
    with pytest.raises(CommandError, match="no case"):
        run("missing", "figures", "--case", scene.case.slug, "--as", "stranger")
    with pytest.raises(CommandError, match="no case"):
        run("missing", "identify", "--case", scene.case.slug, "--remains", "LK-1-001",
            "--person", str(scene.missing.pk), "--as", "viewer")  # fmt: skip
    assert not Identification.objects.exists()


def test_api_identification_steps_and_figures(scene: Scene, owner: Any, viewer: Any,
                                              stranger: Any) -> None:  # fmt: skip
    api = client_for(owner)
    created = api.post("/api/identifications/", {
        "case": scene.case.slug, "remains": scene.remains.pk, "person": scene.missing.pk},
        format="json")  # fmt: skip
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    line = api.post("/api/identification-lines/", {
        "case": scene.case.slug, "identification": pk, "kind": "dna",
        "dna_report": scene.report.pk}, format="json")  # fmt: skip
    assert line.status_code == 201, line.content
    assert client_for(viewer).post(f"/api/identifications/{pk}/confirm/").status_code == 404
    assert client_for(stranger).get("/api/missing-figures/", {"case": scene.case.slug}
                                    ).status_code == 404  # fmt: skip
    confirmed = api.post(f"/api/identifications/{pk}/confirm/", {"on": "2004-10-01"},
                         format="json")  # fmt: skip
    assert confirmed.json()["status"] == "confirmed"
    again = api.post(f"/api/identifications/{pk}/confirm/", {}, format="json")
    assert again.status_code == 400
    assert api.delete(f"/api/identifications/{pk}/").status_code == 400
    figures = client_for(viewer).get("/api/missing-figures/", {"case": scene.case.slug}).json()
    assert figures["figures"]["identified"] == 1
    assert rm.StatusRecord.objects.filter(person=scene.missing, status="found_dead").exists()
    ranked = api.get(f"/api/remains/{scene.remains.pk}/candidates/").json()
    assert all(r["person"] != scene.missing.pk for r in ranked)  # identified: left the pool
    assert client_for(viewer).get(f"/api/remains/{scene.remains.pk}/candidates/"
                                  ).status_code == 404  # fmt: skip


def test_api_shows_viewers_no_genetic_data(scene: Scene, owner: Any, viewer: Any) -> None:
    mine = client_for(owner).get(f"/api/dna-reports/{scene.report.pk}/").json()
    theirs = client_for(viewer).get(f"/api/dna-reports/{scene.report.pk}/").json()
    assert mine["likelihood_ratio"] == pytest.approx(3.1e9)
    assert mine["donors"] == [scene.mother.pk]
    assert theirs["likelihood_ratio"] is None
    donor = client_for(viewer).get(f"/api/missing-relatives/{scene.mother.pk}/").json()
    assert (donor["name"], donor["kit_id"]) == ("", "")
