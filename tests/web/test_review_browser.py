"""The review queue from the keyboard, and splitting and joining persons, in headless Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from rightsledger.cases.actions import create_case
from rightsledger.registry.models import LinkageRun, MatchDecision, ReviewPair, SourceRecord
from tests.registry.test_stats import load
from tests.web.test_browser import (  # noqa: F401
    CHROMIUM,
    Session,
    _async_unsafe_allowed,
    browser,
    users,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


def test_decide_from_the_keyboard_then_split_in_the_browser(
    browser: Any,  # noqa: F811
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    owner = users["documenter"]
    case = create_case(name="Inquiry into Willow", owner=owner)
    load(case, owner, tmp_path)
    freed = SourceRecord.objects.get(case=case, record_id="a4")
    lost = SourceRecord.objects.get(case=case, record_id="a5")
    assert freed.person_id != lost.person_id
    run = LinkageRun.objects.create(case=case)
    low, high = sorted((freed.pk, lost.pk))
    ReviewPair.objects.create(case=case, run=run, record_a_id=low, record_b_id=high,
                              match_probability=0.6, match_weight=0.5)  # fmt: skip

    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    me.go(f"/c/{case.slug}/registry/review/")
    expect(page.locator("[data-pair]")).to_have_count(1)
    page.keyboard.press("s")  # same person
    page.wait_for_selector(".messages")
    expect(page.locator(".messages")).to_contain_text("Decision recorded")
    assert MatchDecision.objects.get(case=case).verdict == "match"
    freed.refresh_from_db()
    lost.refresh_from_db()
    assert freed.person_id == lost.person_id  # joined at once, not at the next run

    # On the joined person's page, one row is split off again.
    me.go(f"/c/{case.slug}/persons/{freed.person_id}/")
    page.locator(f'[data-record="{lost.pk}"] input[name="records"]').check()
    page.get_by_role("button", name="Split the chosen rows into a new person").click()
    expect(page.locator(".messages")).to_contain_text("moved to a person of their own")
    freed.refresh_from_db()
    lost.refresh_from_db()
    assert freed.person_id != lost.person_id
    # The split binds later runs: the row is "not the same person" as each row that stayed.
    verdicts = set(MatchDecision.objects.filter(case=case).values_list("verdict", flat=True))
    assert verdicts == {"non_match"}

    # And joined again from the person's page: the reviewer gives the other person's number.
    me.go(f"/c/{case.slug}/persons/{freed.person_id}/")
    merge = page.locator("#merge-form")
    merge.locator('input[name="other"]').fill("12x")  # not a number: the browser refuses it
    merge.get_by_role("button", name="Join").click()
    assert page.url.endswith(f"/persons/{freed.person_id}/")
    assert merge.locator('input[name="other"]').evaluate("e => e.validity.valid") is False
    merge.locator('input[name="other"]').fill(str(lost.person_id))
    merge.get_by_role("button", name="Join").click()
    expect(page.locator(".messages")).to_contain_text("The two persons are one now.")
    freed.refresh_from_db()
    lost.refresh_from_db()
    assert freed.person_id == lost.person_id
    assert page.locator(f'[data-record="{lost.pk}"]').count() == 1
    # The join binds later runs as the split did: the pair is now "the same person".
    assert MatchDecision.objects.filter(case=case, verdict="match").exists()
    assert me.problems == []
    me.close()
