"""Building a matrix from scratch in headless Chromium: propose a qualification from an act,
link a claim and an evidence item to an element, and see the element's gap close."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from playwright.sync_api import expect

from rightsledger.cases.actions import create_case, create_object
from rightsledger.cases.models import HistoryEntry
from rightsledger.legal.loading import load_catalogue
from rightsledger.legal.models import ElementLink, Qualification
from rightsledger.records import models as rm
from tests.conftest import make_user
from tests.web.conftest import _plain_static_files  # noqa: F401
from tests.web.test_browser import (  # noqa: F401
    CHROMIUM,
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
    labelled,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture
def documented(
    transactional_db: None, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    load_catalogue()
    lawyer = make_user("lawyer")
    case = create_case(name="Inquiry into Juniper", owner=lawyer)

    def make(model: type[Any], **fields: Any) -> Any:
        return create_object(model, acting_user=lawyer, case=case, **fields)

    event = make(rm.Event, title="Shelling of Juniper")
    killing = make(rm.Act, event=event, act_type="killing")
    source = make(rm.Source, title="Testimony T-4", kind="testimony", reliability="C")
    claim = make(rm.Claim, source=source, kind="individual", credibility=3,
                 statement="The shells hit the market while people were buying bread.",
                 subject_type=ContentType.objects.get_for_model(rm.Act), subject_id=killing.pk)  # fmt: skip
    from rightsledger.evidence.actions import ingest_stream

    item = ingest_stream(case=case, chunks=[b"market photo log\n"], file_name="market-log.txt",
                         acting_user=lawyer, source=source).item  # fmt: skip
    return {"case": case, "killing": killing, "claim": claim, "item": item}


def gap_of(page: Any, element: str) -> str:
    return page.locator(f'tr[data-element="{element}"] td.gaps').inner_text().strip()


def test_building_a_matrix_from_scratch(
    browser: Any,  # noqa: F811
    serial_live_server: Any,
    documented: dict[str, Any],
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    case, killing = documented["case"], documented["killing"]
    slug = case.slug
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("lawyer")

    # From the act: propose murder as a crime against humanity (the act type's suggestions
    # are listed first).
    me.go(f"/c/{slug}/acts/{killing.pk}/")
    page.get_by_role("link", name="Link to a legal element").click()
    expect(page.locator(".notice")).to_contain_text("No qualification has been proposed")
    page.get_by_role("link", name="Propose a qualification").click()
    assert labelled(page, "Act number").input_value() == str(killing.pk)
    suggested = page.locator("optgroup[label='Suggested for this act type'] option")
    assert "7(1)(a) — Murder as a crime against humanity" in suggested.all_inner_texts()
    labelled(page, "Crime").select_option(label="7(1)(a) — Murder as a crime against humanity")
    page.get_by_role("button", name="Propose").click()
    page.wait_for_selector("table#matrix")
    qualification = Qualification.objects.get(case=case)
    expect(page.locator("[data-proposer]")).to_have_text("proposed by lawyer")
    assert page.locator("table#matrix tbody tr").count() == 4
    assert gap_of(page, "1") == "nothing linked"
    expect(page.locator("[data-gap-count]")).to_have_attribute("data-gap-count", "4")

    # From the claim, two clicks: the button, then "Link" with the element chosen.
    me.go(f"/c/{slug}/claims/{documented['claim'].pk}/")
    page.get_by_role("link", name="Link to a legal element").click()
    labelled(page, "Element of a proposed qualification").select_option(
        label="1 · material — The perpetrator killed one or more persons.")  # fmt: skip
    page.get_by_role("button", name="Link").click()
    page.wait_for_selector("table#matrix")
    assert gap_of(page, "1") == "only uncorroborated claims"
    expect(page.locator('tr[data-element="1"] td.supporting')).to_contain_text("The shells hit")

    # From the evidence list, two clicks again: the claim now has an item beside it.
    me.go(f"/c/{slug}/evidence/")
    page.locator("tr:has-text('market-log.txt')").get_by_role(
        "link", name="Link to a legal element").click()  # fmt: skip
    labelled(page, "Element of a proposed qualification").select_option(
        label="1 · material — The perpetrator killed one or more persons.")  # fmt: skip
    page.get_by_role("button", name="Link").click()
    page.wait_for_selector("table#matrix")
    assert gap_of(page, "1") == "no gap"
    expect(page.locator("[data-gap-count]")).to_have_attribute("data-gap-count", "3")
    expect(page.locator('tr[data-element="1"]')).to_have_class("no-gap")
    page.screenshot(path=str(SCREENSHOTS / "legal-matrix.png"), full_page=True)

    # The dashboard shows the qualification and its gaps.
    me.go(f"/c/{slug}/")
    expect(page.locator("#legal-qualifications [data-gaps]")).to_have_attribute("data-gaps", "3")
    assert ElementLink.objects.filter(qualification=qualification).count() == 2
    assert HistoryEntry.objects.filter(case=case, object_type="legal.elementlink").count() == 2
    assert me.problems == []
    me.close()
