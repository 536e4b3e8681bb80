"""The demo case carries a burial site, remains, a DNA report and a confirmed
identification, and its figures show the change."""

from __future__ import annotations

from typing import Any

from rightsledger.missing import queries
from rightsledger.missing.demo import load_demo_missing
from rightsledger.missing.models import BurialSite, DnaMatchReport, Identification, RemainsCase
from rightsledger.records.demo import load_demo


def counts(case: Any) -> dict[str, int]:
    return {row.key: row.count for row in queries.figures(case)}


def test_the_demo_identification_moves_the_figures(owner: Any) -> None:
    case = load_demo(owner)
    before = counts(case)
    assert load_demo_missing(case, owner)
    after = counts(case)
    assert after["still_missing"] == before["still_missing"] - 1
    assert after["identified"] == before["identified"] + 1
    assert after["remains_recovered"] == 4
    assert after["reported_missing"] == before["reported_missing"]  # she was recorded missing
    site = BurialSite.objects.get(case=case)
    assert [s.status for s in site.statuses.order_by("date")] == [
        "reported", "assessed", "protected", "exhumed"]  # fmt: skip
    identification = Identification.objects.get(case=case)
    assert identification.status == "family_notified"
    assert identification.person.display_name == "Джафарова Севиль"
    assert DnaMatchReport.objects.get(case=case).report_item.sha256
    assert RemainsCase.objects.filter(case=case, commingling_group="TV-01-G1").count() == 2
    assert not load_demo_missing(case, owner)  # once only
    assert counts(case) == after
