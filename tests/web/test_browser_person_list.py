"""In a real headless Chromium: the persons list's status column and removable filter chips.

Uses the browser fixtures of ``test_browser`` (Debian's chromium through Playwright).
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from rightsledger.cases.actions import create_case, create_object
from rightsledger.records import models as rm
from rightsledger.records.actions import create_person
from tests.web.test_browser import (  # noqa: F401 - fixtures used by name
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
    labelled,
    pytestmark,
    users,
)


def documented_case(owner: Any) -> str:
    case = create_case(name="Inquiry into Tamarisk", owner=owner)
    event = create_object(rm.Event, acting_user=owner, case=case, title="Attack on Tamarisk")
    act = create_object(rm.Act, acting_user=owner, case=case, event=event, act_type="killing")
    for name, sex, statuses in [("Əliyeva Nərgiz", "female", ["killed"]),
                                ("Aliyev Rashid", "male", ["captured", "released"]),
                                ("Quliyeva Aygün", "female", ["injured"])]:  # fmt: skip
        person = create_person(case=case, acting_user=owner, names=[{"value": name}], sex=sex)
        involvement = create_object(rm.Involvement, acting_user=owner, case=case, act=act,
                                    person=person, role="victim")  # fmt: skip
        for status in statuses:
            create_object(rm.StatusRecord, acting_user=owner, case=case,
                          involvement=involvement, status=status)  # fmt: skip
    return case.slug


def test_filters_show_as_chips_and_each_can_be_removed(
    browser: Any,  # noqa: F811 - fixtures
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811 - fixtures
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    slug = documented_case(users["documenter"])
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    me.go(f"/c/{slug}/persons/")

    # The status column, without any filter: no chips yet.
    row = page.locator("#results tbody tr", has_text="Aliyev Rashid")
    expect(row.locator("td.statuses")).to_have_text("captured, released")
    expect(page.locator(".chip")).to_have_count(0)

    # Two filters chosen in the bar (the list follows without a page load): two chips.
    labelled(page, "Sex").select_option("female")
    expect(page.locator("#results tbody tr")).to_have_count(2)
    labelled(page, "Victim status").select_option("killed")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    chips = page.locator("#results .chip")
    expect(chips).to_have_count(2)
    expect(chips.nth(0)).to_contain_text("Victim status: killed")
    expect(chips.nth(1)).to_contain_text("Sex: female")
    expect(page.locator("#results tbody tr td.statuses")).to_have_text("killed")
    page.screenshot(path=str(SCREENSHOTS / "persons-chips.png"), full_page=True)

    # Removing the status chip lifts that filter alone.
    page.get_by_role("link", name="Remove this filter: Victim status: killed").click()
    expect(page.locator("#results .chip")).to_have_count(1)
    expect(page.locator("#results .chip")).to_contain_text("Sex: female")
    assert "status=" not in page.url
    expect(labelled(page, "Victim status")).to_have_value("")
    expect(labelled(page, "Sex")).to_have_value("female")
    shown = page.locator("#results tbody td:first-child a").all_inner_texts()
    assert sorted(shown) == ["Quliyeva Aygün", "Əliyeva Nərgiz"]

    # A search in another word order, then its chip removed too: everyone of that sex.
    labelled(page, "Name").fill("Nərgiz Əliyeva")
    expect(page.locator("#results tbody tr")).to_have_count(1)
    page.get_by_role("link", name="Remove this filter: Name: Nərgiz Əliyeva").click()
    expect(page.locator("#results tbody tr")).to_have_count(2)
    page.get_by_role("link", name="Remove this filter: Sex: female").click()
    expect(page.locator("#results tbody tr")).to_have_count(3)
    expect(page.locator(".chip")).to_have_count(0)
    assert me.problems == []  # no script error, no refusal by the Content-Security-Policy
    me.close()
