"""End to end in a real headless Chromium: documenting a case as a person would.

Debian's ``chromium`` is driven by Playwright (``executable_path``); the pages are served by
pytest-django's live server. Screenshots go to test-output/screenshots/ for a reviewer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from rightsledger.cases.models import Case, HistoryEntry
from rightsledger.records import models as rm
from tests.conftest import make_user

CHROMIUM = os.environ.get("RIGHTSLEDGER_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
PASSWORD = "x-Strong-pass-42"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]


@pytest.fixture(scope="module")
def _async_unsafe_allowed() -> Iterator[None]:
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # between browser steps are ordinary blocking calls and safe here. Allowed for this
    # module only: a subprocess started by another test must not inherit it.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="module")
def browser(_async_unsafe_allowed: None) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run",
            ],
        )  # fmt: skip
        yield chromium
        chromium.close()


class Session:
    """One logged-in browser tab, recording any page error or CSP violation."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.base = base_url
        self.problems: list[str] = []
        self.page.on("pageerror", lambda error: self.problems.append(str(error)))
        self.page.on(
            "console",
            lambda message: (
                self.problems.append(message.text)
                # A 400 or 404 answer is part of the scenario; scripts errors and CSP refusals
                # are not.
                if message.type == "error" and not message.text.startswith("Failed to load")
                else None
            ),
        )

    def go(self, path: str) -> Any:
        return self.page.goto(self.base + path)

    def log_in(self, username: str) -> None:
        self.go("/login/")
        labelled(self.page, "Username").fill(username)
        labelled(self.page, "Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Log in").click()
        self.page.wait_for_url(self.base + "/")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def users(transactional_db: None, settings: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # between browser steps are ordinary blocking calls and safe here. (Set for this test
    # only: a subprocess started by another test must not inherit it.)
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return {name: make_user(name) for name in ("documenter", "colleague", "outsider")}


def labelled(page: Any, label: str) -> Any:
    """The field with this label (a required field's label ends with an asterisk)."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}( \*)?$"))


def figure(page: Any, name: str) -> int:
    text = page.locator(f'[data-figure="{name}"] .n').inner_text()
    return int(re.sub(r"\D", "", text))


def add_participant(page: Any, name: str, sex: str, age: str, status: str) -> None:
    labelled(page, "New person's name").fill(name)
    labelled(page, "Sex").select_option(sex)
    labelled(page, "Age at the event").fill(age)
    labelled(page, "Victim status").select_option(status)
    page.get_by_role("button", name="Add person").click()
    page.wait_for_selector(f"text={name}")


def test_documenting_a_case_end_to_end(
    browser: Any, serial_live_server: Any, users: dict[str, Any]
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")

    # A case.
    page.get_by_role("link", name="New case").click()
    labelled(page, "Name").fill("Inquiry into Tamarisk")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("h1:has-text('Inquiry into Tamarisk')")
    case = Case.objects.get(name="Inquiry into Tamarisk")
    slug = case.slug
    dashboard = f"/c/{slug}/"

    # A place with coordinates, for the map.
    me.go(f"/c/{slug}/places/new/")
    labelled(page, "Name").fill("Tamarisk")
    labelled(page, "Latitude").fill("40.12")
    labelled(page, "Longitude").fill("46.74")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("td:has-text('Tamarisk')")

    # An event, and an event inside it.
    me.go(dashboard)
    page.get_by_role("link", name="New event").click()
    labelled(page, "Title").fill("Attack on Tamarisk")
    labelled(page, "Event type").select_option("attack")
    labelled(page, "Start date").fill("2001-03-04")
    labelled(page, "Start precision").select_option("day")
    page.get_by_role("checkbox", name="Tamarisk").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("h1:has-text('Attack on Tamarisk')")
    page.get_by_role("link", name="Add a sub-event").click()
    labelled(page, "Title").fill("Capture at the river crossing")
    labelled(page, "Start date").fill("2001-03-05")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("h1:has-text('Capture at the river crossing')")
    assert page.locator("dd a:has-text('Attack on Tamarisk')").count() == 1
    sub_event = rm.Event.objects.get(title="Capture at the river crossing")
    assert sub_event.parent is not None
    assert sub_event.parent.title == "Attack on Tamarisk"

    # An act with three victims: killed, injured, captured then released.
    page.get_by_role("link", name="Attack on Tamarisk").first.click()
    page.get_by_role("link", name="Add an act").click()
    labelled(page, "Act type").select_option("attack_on_civilians")
    labelled(page, "Date").fill("2001-03-04")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("h2:has-text('Persons involved')")
    add_participant(page, "Əliyeva Nərgiz", "female", "34", "killed")
    add_participant(page, "Гусейнов Рауф", "male", "12", "injured")
    add_participant(page, "Cəfərov Elçin", "male", "31", "captured")
    page.locator("tr:has-text('Cəfərov Elçin')").get_by_role("link", name="Add status").click()
    labelled(page, "Status").select_option("released")
    labelled(page, "Date").fill("2001-04-20")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector("tr:has-text('Cəfərov Elçin') .status-released")

    # The dashboard's figures, and the list behind each.
    me.go(dashboard)
    expected = {"killed": 1, "injured": 1, "captured": 1, "released": 1, "still_missing": 0,
                "killed_women": 1, "killed_men": 0, "events": 2, "acts": 1, "persons": 3,
                "sources": 0, "evidence": 0}  # fmt: skip
    assert {name: figure(page, name) for name in expected} == expected
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=True)
    behind = {
        "killed": ["Əliyeva Nərgiz"], "killed_women": ["Əliyeva Nərgiz"], "killed_men": [],
        "injured": ["Гусейнов Рауф"], "captured": ["Cəfərov Elçin"],
        "released": ["Cəfərov Elçin"],
        "persons": ["Cəfərov Elçin", "Əliyeva Nərgiz", "Гусейнов Рауф"],
    }  # fmt: skip
    for name, persons in behind.items():
        me.go(dashboard)
        page.locator(f'[data-figure="{name}"]').click()
        if name == "persons":  # the persons list
            page.wait_for_selector("#results")
            shown = page.locator("#results tbody td:first-child a").all_inner_texts()
        else:  # a figure's drill-down: one card per person counted, with their records
            page.wait_for_url("**/registry/figures/**")
            shown = page.locator("section.card h2 a").all_inner_texts()
        assert sorted(shown) == sorted(persons), name
    me.go(dashboard)
    page.locator('[data-figure="act-type"]').first.click()
    # The click starts a page load; the count is read once the acts list has arrived.
    page.wait_for_url(lambda url: "/acts/?act_type=" in url)
    expect(page.locator("table.list tbody tr")).to_have_count(1)

    # Search by a transliterated name (the search key compares across scripts).
    me.go(f"/c/{slug}/persons/")
    labelled(page, "Name").fill("Aliyeva")
    # The list follows the search box as the user types (htmx), without a page load.
    expect(page.locator("#results tbody tr")).to_have_count(1)
    assert "q=Aliyeva" in page.url
    assert page.locator("#results tbody td:first-child a").all_inner_texts() == ["Əliyeva Nərgiz"]

    # The person page, with names, acts and status over time.
    page.get_by_role("link", name="Əliyeva Nərgiz").click()
    page.wait_for_selector("h2:has-text('History of changes')")
    # Once in the acts she took part in, once under the source that gives it (entered by hand).
    assert page.locator("ol.statuses .status-killed").count() == 1
    assert page.locator("#statuses-by-source .status-killed").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "person.png"), full_page=True)

    # Bad input: an end date before the start date. The error is beside the field and
    # nothing is saved.
    events_before = rm.Event.objects.filter(case=case).count()
    history_before = HistoryEntry.objects.filter(case=case).count()
    me.go(f"/c/{slug}/events/new/")
    labelled(page, "Title").fill("Shelling")
    labelled(page, "Start date").fill("2001-03-10")
    labelled(page, "End date").fill("2001-03-01")
    labelled(page, "End date").press("Tab")
    error = page.locator("#err-end_date")
    # Checked as the user leaves the field, before any submission…
    expect(error).to_contain_text("before the start date")
    # …and on submission.
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector(".form-errors p")
    assert "before the start date" in error.inner_text()
    assert labelled(page, "End date").get_attribute("aria-invalid") == "true"
    assert rm.Event.objects.filter(case=case).count() == events_before
    assert HistoryEntry.objects.filter(case=case).count() == history_before

    # The map (offline base layer + the place) and the timeline.
    me.go(f"/c/{slug}/map/")
    page.wait_for_selector('#map[data-base-loaded="true"][data-places-loaded="1"]')
    assert page.locator("#map path.leaflet-interactive").count() >= 1
    assert page.locator("#map svg path").count() > 100  # the countries
    me.go(f"/c/{slug}/timeline/")
    items = page.locator("ol.timeline li")
    assert items.count() == 4  # two events, the act, the dated release
    assert "Attack on Tamarisk" in items.first.inner_text()

    # A colleague added as viewer sees no edit controls; an outsider gets "not found".
    me.go(f"/c/{slug}/members/")
    labelled(page, "User name").fill("colleague")
    labelled(page, "Role").select_option("viewer")
    page.get_by_role("button", name="Add", exact=True).click()
    page.wait_for_selector("td:has-text('colleague')")
    assert me.problems == []
    me.close()

    viewer = Session(browser, serial_live_server.url)
    viewer.log_in("colleague")
    person = rm.Person.objects.get(case=case, display_name="Əliyeva Nərgiz")
    for path in (dashboard, f"/c/{slug}/persons/{person.pk}/", f"/c/{slug}/acts/"):
        viewer.go(path)
        assert viewer.page.locator("a[href*='/edit/'], a[href*='/new/']").count() == 0, path
    response = viewer.go(f"/c/{slug}/persons/{person.pk}/edit/")
    assert response.status == 404
    viewer.close()

    outsider = Session(browser, serial_live_server.url)
    outsider.log_in("outsider")
    for path in (dashboard, f"/c/{slug}/persons/{person.pk}/", f"/c/{slug}/map/"):
        response = outsider.go(path)
        assert response.status == 404, path
        assert outsider.page.locator("h1").inner_text() == "Not found"
        assert "Tamarisk" not in outsider.page.content()
    outsider.close()


def test_deleting_records_after_confirmation(
    browser: Any, serial_live_server: Any, users: dict[str, Any]
) -> None:
    from rightsledger.cases.actions import create_case, create_object

    owner = users["documenter"]
    case = create_case(name="Inquiry into Juniper", owner=owner)
    event = create_object(rm.Event, acting_user=owner, case=case, title="Shelling of Juniper")
    act = create_object(rm.Act, acting_user=owner, case=case, event=event, act_type="injury")
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")

    # The event has an act: its deletion is refused, naming the act, with no delete button.
    me.go(f"/c/{case.slug}/events/{event.pk}/")
    page.get_by_role("link", name="Delete").click()
    expect(page.locator("[role=alert]")).to_contain_text("cannot be deleted")
    expect(page.locator("[role=alert]")).to_contain_text("1 act")
    assert page.get_by_role("button", name="Delete").count() == 0

    # The act goes, after a confirmation that says what goes with it.
    page.locator("[role=alert] a").first.click()
    page.wait_for_selector("h2:has-text('Persons involved')")
    page.get_by_role("link", name="Delete").click()
    page.wait_for_selector("h2:has-text('Deleted with it')")
    assert rm.Act.objects.filter(pk=act.pk).exists()  # asking deletes nothing
    page.get_by_role("button", name="Delete").click()
    page.wait_for_url(f"{me.base}/c/{case.slug}/acts/")
    expect(page.locator(".messages")).to_contain_text("was deleted")
    assert not rm.Act.objects.filter(pk=act.pk).exists()

    # Now the event can go too; both deletions are in the case's history.
    me.go(f"/c/{case.slug}/events/{event.pk}/")
    page.get_by_role("link", name="Delete").click()
    page.get_by_role("button", name="Delete").click()
    page.wait_for_url(f"{me.base}/c/{case.slug}/events/")
    expect(page.locator(".messages")).to_contain_text("Shelling of Juniper")
    assert not rm.Event.objects.filter(pk=event.pk).exists()
    deleted = HistoryEntry.objects.filter(case=case, action=HistoryEntry.Action.DELETE)
    assert sorted(deleted.values_list("object_type", flat=True)) == ["records.act", "records.event"]
    assert me.problems == []
    me.close()
