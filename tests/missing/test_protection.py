"""Genetic and ante-mortem data: shown only to readers who may re-identify, masked in the
history for everyone else, and never in a sharing or publication export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rightsledger.archive.bag import export_bag
from rightsledger.cases.models import HistoryEntry
from rightsledger.missing import actions
from rightsledger.missing.models import (
    ANTE_MORTEM_FIELDS,
    DnaMatchReport,
    MissingPersonFile,
    ReferenceDonor,
)
from rightsledger.protection.actions import protect_person
from rightsledger.protection.masking import MASK
from tests.missing.conftest import Scene

SECRETS = [b"gold crown", b"Quliyeva Z", b"REF-0001", b"LAB-2004-117: LR", b"3100000000"]


def test_owner_sees_ante_mortem_and_genetic_data(scene: Scene, owner: Any) -> None:
    found = MissingPersonFile.objects.restrict(owner).get(pk=scene.file.pk)
    assert found.dental_notes == "gold crown, upper left canine"
    assert ReferenceDonor.objects.restrict(owner).get().kit_id == "REF-0001"


@pytest.mark.parametrize("role", ["analyst", "viewer"])
def test_analysts_and_viewers_see_them_blank(scene: Scene, role: str,
                                             request: pytest.FixtureRequest) -> None:  # fmt: skip
    user = request.getfixturevalue(role)
    found = MissingPersonFile.objects.restrict(user).get(pk=scene.file.pk)
    assert all(getattr(found, name) in ("", None) for name in ANTE_MORTEM_FIELDS)
    assert found.circumstances == "Taken from his house at dawn."  # not ante-mortem data
    donor = ReferenceDonor.objects.restrict(user).get()
    assert (donor.name, donor.kit_id, donor.kinship) == ("", "", "mother")
    report = DnaMatchReport.objects.restrict(user).get()
    assert (report.likelihood_ratio, report.conclusion) == (None, "match")
    # Through a relation loaded with another row too.
    from rightsledger.missing.models import DnaReportDonor

    link = DnaReportDonor.objects.restrict(user).select_related("donor").get()
    assert link.donor.name == ""
    entries = HistoryEntry.objects.restrict(user).filter(object_type="missing.referencedonor")
    after = entries.get().after
    assert after["name"] == after["kit_id"] == MASK
    assert after["kinship"] == "mother"
    owners = HistoryEntry.objects.filter(object_type="missing.referencedonor").get().after
    assert owners["kit_id"] == "REF-0001"


def test_a_protected_persons_file_hides_the_circumstances(scene: Scene, owner: Any,
                                                          viewer: Any) -> None:  # fmt: skip
    protect_person(scene.missing, category="victim_at_risk", acting_user=owner)
    found = MissingPersonFile.objects.restrict(viewer).get(pk=scene.file.pk)
    assert (found.circumstances, found.last_seen_with, found.reported_by) == ("", "", "")


def _everything(path: Path) -> bytes:
    return b"".join(f.read_bytes() for f in path.rglob("*") if f.is_file())


@pytest.mark.parametrize("purpose", ["sharing", "publication"])
def test_never_in_a_shared_or_published_bag(scene: Scene, owner: Any, tmp_path: Path,
                                            purpose: str) -> None:  # fmt: skip
    from rightsledger.evidence.actions import ingest_stream

    photo = ingest_stream(case=scene.case, chunks=[b"portrait: gold crown visible\n"],
                          file_name="portrait.txt", acting_user=owner).item  # fmt: skip
    actions.attach(item=photo, file=scene.file, role="photograph", acting_user=owner)
    site_plan = ingest_stream(case=scene.case, chunks=[b"plan of site LK-1\n"],
                              file_name="plan.txt", acting_user=owner).item  # fmt: skip
    actions.attach(item=site_plan, site=scene.site, role="plan", acting_user=owner)
    internal = _everything(export_bag(scene.case, tmp_path / "internal", acting_user=owner).path)
    assert all(secret in internal for secret in SECRETS)  # the test would see them
    path = export_bag(scene.case, tmp_path / purpose, acting_user=owner, purpose=purpose,
                      recipient="Commission on Missing Persons").path  # fmt: skip
    everything = _everything(path)
    for secret in [*SECRETS, b"portrait: gold crown"]:
        assert secret not in everything, secret
    records = path / "data" / "records"
    for label in ("missingpersonfile", "referencedonor", "remainssample", "dnamatchreport",
                  "dnareportdonor"):  # fmt: skip
        assert json.loads((records / f"missing.{label}.json").read_text()) == [], label
    sites = json.loads((records / "missing.burialsite.json").read_text())
    assert [s["fields"]["name"] for s in sites] == ["Site LK-1"]  # sites may leave
    index = json.loads((path / "data" / "evidence-index.json").read_text())["items"]
    assert index[str(photo.pk)]["file"] is None
    assert index[str(scene.report.report_item_id)]["file"] is None
    derived = [pk for pk, entry in index.items() if entry["file"] is None]
    assert len(derived) >= 4  # the two items and their text derivatives
    assert index[str(site_plan.pk)]["file"] is not None
