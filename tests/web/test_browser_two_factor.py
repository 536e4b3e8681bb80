"""In a real headless Chromium: setting up two-factor authentication and logging in with it.

Uses the browser fixtures of ``test_browser`` (Debian's chromium through Playwright); the codes
an authenticator app would show are computed here with django-otp from the secret on the page.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from django_otp.oath import totp
from playwright.sync_api import expect

from rightsledger.cases.actions import create_case
from tests.web.test_browser import (  # noqa: F401 - fixtures used by name
    PASSWORD,
    SCREENSHOTS,
    Session,
    _async_unsafe_allowed,
    browser,
    labelled,
    pytestmark,
    users,
)


def app_code(secret: str, *, ahead: int = 0) -> str:
    """What an authenticator app shows for this secret (``ahead`` steps of 30 s later)."""
    key = base64.b32decode(secret.replace(" ", ""))
    return f"{totp(key, step=30, t0=0, digits=6, drift=ahead):06d}"


def password_step(me: Session, username: str) -> None:
    me.go("/login/")
    labelled(me.page, "Username").fill(username)
    labelled(me.page, "Password").fill(PASSWORD)
    me.page.get_by_role("button", name="Log in").click()


def test_setting_up_and_logging_in_with_two_factors(
    browser: Any,  # noqa: F811 - fixtures
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811 - fixtures
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    me = Session(browser, serial_live_server.url)
    page = me.page
    me.log_in("documenter")

    # From the account links in the header: a QR code drawn by the server, and the secret.
    page.get_by_role("link", name="Two-factor authentication").click()
    expect(page.get_by_test_id("two-factor-status")).to_contain_text("is off")
    qr = page.locator(".qr svg")
    expect(qr).to_be_visible()
    assert qr.bounding_box()["width"] >= 100
    secret = page.get_by_test_id("totp-secret").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4})+", secret)
    page.screenshot(path=str(SCREENSHOTS / "two-factor-setup.png"), full_page=True)

    # A wrong code turns nothing on; the app's code does, and the recovery codes show once.
    labelled(page, "Code").fill("000000")
    page.get_by_role("button", name="Turn on").click()
    expect(page.locator("#err-code")).to_contain_text("not valid")
    page.wait_for_timeout(1100)  # django-otp makes the next try wait a second
    labelled(page, "Code").fill(app_code(secret))
    page.get_by_role("button", name="Turn on").click()
    # all_inner_texts does not wait: the click's page may still be loading.
    expect(page.get_by_test_id("recovery-codes").locator("code")).to_have_count(10)
    codes = page.get_by_test_id("recovery-codes").locator("code").all_inner_texts()
    assert len(set(codes)) == 10
    page.screenshot(path=str(SCREENSHOTS / "two-factor-recovery-codes.png"), full_page=True)
    page.get_by_role("link", name="I have kept them").click()
    page.wait_for_url(me.base + "/")
    page.get_by_role("link", name="Two-factor authentication").click()
    expect(page.get_by_test_id("two-factor-status")).to_contain_text("is on")
    assert codes[0] not in page.content()  # shown once only
    page.get_by_role("button", name="Log out").click()

    # The password alone leads to the code page, and nowhere else.
    password_step(me, "documenter")
    page.wait_for_url(re.compile(r".*/login/verify/.*"))
    me.go("/cases/new/")
    assert "/login/verify/" in page.url
    labelled(page, "Code").fill(app_code(secret, ahead=1))  # the setup's code is used up
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(me.base + "/cases/new/")
    expect(page.locator("h1")).to_contain_text("New case")
    me.close()

    # A recovery code works once.
    other = Session(browser, serial_live_server.url)
    password_step(other, "documenter")
    labelled(other.page, "Code").fill(codes[0])
    other.page.get_by_role("button", name="Continue").click()
    other.page.wait_for_url(other.base + "/")
    other.close()
    again = Session(browser, serial_live_server.url)
    password_step(again, "documenter")
    labelled(again.page, "Code").fill(codes[0])
    again.page.get_by_role("button", name="Continue").click()
    expect(again.page.locator("#err-code")).to_contain_text("not valid")
    assert "/login/verify/" in again.page.url
    assert me.problems == []
    assert other.problems == []
    again.close()


def test_production_sends_an_owner_to_set_it_up_first(
    browser: Any,  # noqa: F811 - fixtures
    serial_live_server: Any,
    users: dict[str, Any],  # noqa: F811 - fixtures
    settings: Any,
) -> None:
    settings.TWO_FACTOR_REQUIRED = True
    owner = users["colleague"]
    case = create_case(name="Inquiry into Juniper", owner=owner)
    me = Session(browser, serial_live_server.url)
    page = me.page
    password_step(me, "colleague")
    page.wait_for_url(re.compile(r".*/account/two-factor/.*"))
    expect(page.locator("[role=alert]").first).to_contain_text("must use two-factor authentication")
    me.go(f"/c/{case.slug}/")
    assert "/account/two-factor/" in page.url  # nothing else before it is set up
    secret = page.get_by_test_id("totp-secret").inner_text()
    labelled(page, "Code").fill(app_code(secret))
    page.get_by_role("button", name="Turn on").click()
    expect(page.get_by_test_id("recovery-codes")).to_be_visible()
    assert page.get_by_role("button", name="Turn off two-factor authentication").count() == 0
    me.go(f"/c/{case.slug}/")
    expect(page.locator("h1")).to_contain_text("Inquiry into Juniper")
    # A viewer is not held.
    outsider = Session(browser, serial_live_server.url)
    outsider.log_in("outsider")
    assert outsider.page.url == outsider.base + "/"
    assert me.problems == []
    assert outsider.problems == []
    me.close()
    outsider.close()
