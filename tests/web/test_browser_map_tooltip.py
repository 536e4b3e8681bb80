"""In a real headless Chromium: a place's name is shown on the map as text, never as HTML.

Uses the browser fixtures of ``test_browser`` (Debian's chromium through Playwright).
"""

from __future__ import annotations

from typing import Any

from rightsledger.cases.actions import create_case, create_object
from rightsledger.records import models as rm
from tests.web.test_browser import (  # noqa: F401 - fixtures used by name
    Session,
    _async_unsafe_allowed,
    browser,
    pytestmark,
    users,
)

HOSTILE_NAME = '<img src="/static/web/none.png" id="injected"><b>Lakeside</b>'


def test_a_place_name_with_markup_is_shown_as_text(
    browser: Any,  # noqa: F811 - fixtures
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811 - fixtures
) -> None:
    owner = users["documenter"]
    case = create_case(name="Inquiry into Tamarisk", owner=owner)
    create_object(rm.Place, acting_user=owner, case=case, name=HOSTILE_NAME,
                  latitude=40.1, longitude=46.9)  # fmt: skip
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")
    me.go(f"/c/{case.slug}/map/")
    page.wait_for_selector('#map[data-places-loaded="1"]')
    page.locator("#map path.leaflet-interactive").first.hover()
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert tooltip.inner_text() == HOSTILE_NAME
    assert page.locator("#injected").count() == 0
    assert page.locator(".leaflet-tooltip b").count() == 0
    # The popup too.
    page.locator("#map path.leaflet-interactive").first.click()
    page.locator(".leaflet-popup-content").wait_for()
    assert HOSTILE_NAME in page.locator(".leaflet-popup-content").inner_text()
    assert page.locator("#injected").count() == 0
    assert me.problems == []
    me.close()
