"""End to end in headless Chromium: a burial site recorded, remains added, a laboratory's
report attached, an identification confirmed — and "still missing" drops by one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rightsledger.missing.models import DnaMatchReport, Identification
from tests.missing.conftest import Scene
from tests.web.test_browser import CHROMIUM, SCREENSHOTS, Session, figure, labelled

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture
def live_scene(transactional_db: None, monkeypatch: pytest.MonkeyPatch, scene: Scene) -> Scene:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return scene


def test_site_remains_report_identification_and_the_figure(
    browser: Any, serial_live_server: Any, live_scene: Scene, tmp_path: Path
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    scene = live_scene
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("owner")
    home = f"/c/{scene.case.slug}/missing/"
    me.go(home)
    assert figure(page, "still_missing") == 3
    assert figure(page, "identified") == 0

    # A burial site.
    page.get_by_role("link", name="Record a burial site").first.click()
    labelled(page, "Name or code").fill("LK-2 Orchard")
    labelled(page, "Kind").select_option("mass_grave_primary")
    labelled(page, "Latitude").fill("40.105")
    labelled(page, "Longitude").fill("46.71")
    labelled(page, "Precision of the location").select_option("100m")
    labelled(page, "How it was found").select_option("satellite")
    labelled(page, "Reported on").fill("2003-04-01")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("h1:has-text('LK-2 Orchard')")

    # Remains from it.
    page.get_by_role("link", name="Add remains").click()
    labelled(page, "Tag").fill("LK-2-001")
    labelled(page, "Recovered on").fill("2004-07-01")
    labelled(page, "Condition").select_option("complete_skeleton")
    labelled(page, "Estimated sex").select_option("male")
    labelled(page, "Age from (years)").fill("25")
    labelled(page, "Age to (years)").fill("40")
    labelled(page, "Stature from (cm)").fill("172")
    labelled(page, "Stature to (cm)").fill("182")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("h1:has-text('Remains LK-2-001')")
    assert "LK-2 Orchard" in page.locator("dl").inner_text()

    # A sample, and the laboratory's report on it.
    page.get_by_role("link", name="Add a sample").click()
    labelled(page, "Kind").select_option("bone")
    labelled(page, "Sample number").fill("PM-0100")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("#samples li:has-text('PM-0100')")
    page.get_by_role("link", name="Attach a DNA match report").click()
    report = tmp_path / "LAB-2004-200.txt"
    report.write_text("LAB-2004-200: sample PM-0100 and reference REF-0001, LR 5.2e11, match\n")
    page.locator("input[type=file]").set_input_files(str(report))
    labelled(page, "Report number").fill("LAB-2004-200")
    labelled(page, "Laboratory").fill("Regional DNA laboratory")
    labelled(page, "Date of the report").fill("2004-09-20")
    labelled(page, "Sample of remains").select_option(label="PM-0100")
    labelled(page, "Missing person's file").select_option(label="Quliyev Samir")
    page.get_by_role("checkbox", name="Quliyev Samir — mother — REF-0001").check()
    labelled(page, "Likelihood ratio").fill("5.2e11")
    labelled(page, "Conclusion").select_option("match")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("#reports li:has-text('LAB-2004-200')")
    stored = DnaMatchReport.objects.get(report_number="LAB-2004-200")
    assert stored.report_item.original_name == "LAB-2004-200.txt"

    # The candidates: the man whose mother gave the reference sample comes first.
    page.get_by_role("link", name="Candidates (AM/PM)").click()
    first = page.locator("#candidates > li").first
    assert first.get_attribute("data-person") == str(scene.missing.pk)
    assert "sex agrees with the estimate" in first.inner_text()

    # An identification, confirmed by the owner.
    first.get_by_role("link", name="Propose").click()
    labelled(page, "Line of evidence").select_option("dna")
    labelled(page, "DNA match report").select_option(index=1)
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("#identification-status:has-text('preliminary')")
    page.get_by_role("link", name="Confirm").click()
    page.get_by_role("button", name="Confirm the identification").click()
    page.wait_for_selector("#identification-status:has-text('confirmed')")
    assert Identification.objects.get(remains__tag="LK-2-001").confirmed_by_name == "owner"

    # The figures follow.
    me.go(home)
    assert figure(page, "still_missing") == 2
    assert figure(page, "identified") == 1
    assert figure(page, "remains_recovered") == 2
    page.screenshot(path=str(SCREENSHOTS / "missing.png"), full_page=True)
    me.go(f"{home}sites/")
    page.wait_for_selector("#sites-map[data-sites-loaded='2']")
    me.go(f"/c/{scene.case.slug}/map/")  # the case's map shows them too
    page.wait_for_selector("#map[data-extra-loaded='2']")
    assert me.problems == []
    me.close()
