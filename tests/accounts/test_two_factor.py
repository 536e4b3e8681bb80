"""Two-factor authentication: setting it up, logging in with it, and who must use it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from rightsledger.accounts import twofactor
from rightsledger.cases.models import Case, HistoryEntry
from tests.web.conftest import web_client

PASSWORD = "x-Strong-pass-42"


def current_code(device: TOTPDevice, *, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, drift=offset):06d}"


def set_up(user: Any) -> tuple[TOTPDevice, list[str]]:
    device = twofactor.pending_authenticator(user)
    codes = twofactor.confirm_authenticator(user=user, device=device, code=current_code(device))
    return device, codes


def password_step(username: str, path: str = "/login/") -> Client:
    client = Client()
    response = client.post(path, {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_setting_it_up_from_the_account_page(settings: Any, owner: Any) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no waiting after the wrong code in this test
    client = web_client(owner)
    page = client.get(reverse("two-factor"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html  # the QR code, drawn by the server
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', html)
    assert secret is not None
    device = TOTPDevice.objects.get(user=owner, confirmed=False)
    assert secret.group(1) == twofactor.secret_text(device)

    wrong = client.post(reverse("two-factor"), {"action": "confirm", "code": "000000"})
    assert wrong.status_code == 400
    assert not twofactor.has_two_factor(owner)

    done = client.post(reverse("two-factor"), {"action": "confirm", "code": current_code(device)})
    assert done.status_code == 200
    codes = re.findall(r'<code class="secret">([a-z2-7]{8})</code>', done.content.decode())
    assert len(codes) == twofactor.RECOVERY_CODES
    assert twofactor.has_two_factor(owner)
    # Shown once: the page no longer lists them.
    again = client.get(reverse("two-factor")).content.decode()
    assert not any(code in again for code in codes)
    assert "10 recovery codes left" in again
    entry = HistoryEntry.objects.filter(chain="global", object_type="auth.user").last()
    assert entry is not None
    assert entry.after == {"two_factor": "authenticator confirmed"}
    assert device.key not in str(entry.hashed_content())


def test_logging_in_takes_the_code(owner: Any, case: Case) -> None:
    device, _codes = set_up(owner)
    client = password_step("owner")
    held = client.get(reverse("case-dashboard", args=[case.slug]))
    assert held.status_code == 302
    assert held["Location"].startswith(reverse("two-factor-verify"))
    assert client.get("/api/cases/").status_code == 403
    assert client.get("/admin/").status_code == 302

    wrong = client.post(reverse("two-factor-verify"), {"code": "123456"})
    assert wrong.status_code == 400
    assert "This code is not valid" in wrong.content.decode()
    # Right after a wrong code even the right one must wait (django-otp's throttle).
    hurried = client.post(reverse("two-factor-verify"), {"code": current_code(device, offset=1)})
    assert "Too many wrong codes" in hurried.content.decode()
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
    response = client.post(
        reverse("two-factor-verify"),
        {
            "code": current_code(device, offset=1),
            "next": reverse("case-dashboard", args=[case.slug]),
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("case-dashboard", args=[case.slug])
    assert client.get(reverse("case-dashboard", args=[case.slug])).status_code == 200


def test_a_recovery_code_works_once(owner: Any) -> None:
    _device, codes = set_up(owner)
    first = password_step("owner")
    assert first.post(reverse("two-factor-verify"), {"code": codes[0].upper()}).status_code == 302
    assert first.get(reverse("home")).status_code == 200
    second = password_step("owner")
    assert second.post(reverse("two-factor-verify"), {"code": codes[0]}).status_code == 400
    assert second.get(reverse("home")).status_code == 302


def test_the_admin_login_takes_the_code_too(db: None) -> None:
    admin = get_user_model().objects.create_superuser(username="admin", password=PASSWORD)
    device, _codes = set_up(admin)
    client = password_step("admin", path="/admin/login/")
    held = client.get("/admin/")
    assert held.status_code == 302
    assert held["Location"].startswith(reverse("two-factor-verify"))
    device.refresh_from_db()
    verified = client.post(
        reverse("two-factor-verify"), {"code": current_code(device, offset=1), "next": "/admin/"}
    )
    assert verified["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_api_token_takes_the_code(client: Client, owner: Any) -> None:
    _device, codes = set_up(owner)
    url = reverse("api-token")
    without = client.post(url, {"username": "owner", "password": PASSWORD})
    assert without.status_code == 400
    assert "token" not in without.json()
    with_code = client.post(url, {"username": "owner", "password": PASSWORD, "code": codes[1]})
    assert with_code.status_code == 200
    assert with_code.json()["token"]


def test_production_sends_owners_to_set_it_up_first(settings: Any, case: Case) -> None:
    settings.TWO_FACTOR_REQUIRED = True
    owner = case.memberships.get(role="owner").user
    client = password_step(owner.get_username())
    held = client.get(reverse("case-dashboard", args=[case.slug]))
    assert held.status_code == 302
    assert held["Location"].startswith(reverse("two-factor"))
    assert "must use two-factor" in client.get(reverse("two-factor")).content.decode()
    assert client.post(reverse("api-token"), {"username": owner.get_username(),
                                              "password": PASSWORD}).status_code == 403  # fmt: skip
    # A viewer is not required to.
    viewer = password_step("viewer")
    assert viewer.get(reverse("case-dashboard", args=[case.slug])).status_code == 200
    # An owner cannot turn it off once set up.
    set_up(owner)
    with pytest.raises(Exception, match="must keep"):
        twofactor.turn_off_two_factor(user=owner, acting_user=owner)


def test_turning_it_off(owner: Any) -> None:
    set_up(owner)
    client = password_step("owner")
    # Half logged in, the account page is out of reach: a new device cannot be added.
    assert client.get(reverse("two-factor")).status_code == 302
    web = web_client(owner)
    from django_otp import DEVICE_ID_SESSION_KEY

    session = web.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=owner).persistent_id
    session.save()
    response = web.post(reverse("two-factor"), {"action": "off"})
    assert response.status_code == 302
    assert not twofactor.has_two_factor(owner)
