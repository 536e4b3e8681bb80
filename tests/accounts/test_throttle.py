"""Login throttling (django-axes): every way in, per account and per address apart."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.conftest import make_user

PASSWORD = "x-Strong-pass-42"
HOME = "10.0.0.1"
ELSEWHERE = "10.0.0.2"


def log_in(username: str, password: str, address: str = HOME, path: str = "/login/") -> Any:
    client = Client(REMOTE_ADDR=address)
    response = client.post(path, {"username": username, "password": password})
    response.logged_in = "_auth_user_id" in client.session
    return response


def fail(username: str, times: int, address: str = HOME, path: str = "/login/") -> None:
    for _ in range(times):
        assert not log_in(username, "wrong-password", address, path).logged_in


@pytest.fixture
def admin(db: None) -> Any:
    return get_user_model().objects.create_superuser(username="admin", password=PASSWORD)


def test_the_admin_login_is_throttled(admin: Any) -> None:
    fail("admin", 25, path="/admin/login/")
    response = log_in("admin", PASSWORD, path="/admin/login/")
    assert response.status_code == 429
    assert not response.logged_in
    assert "Too many failed attempts" in response.content.decode()


def test_the_login_page_is_throttled(owner: Any) -> None:
    assert log_in("owner", PASSWORD).logged_in  # the limit is not reached by default
    fail("owner", 5)
    response = log_in("owner", PASSWORD)
    assert response.status_code == 429
    assert not response.logged_in
    assert "Wait 15 minutes" in response.content.decode()


def test_an_account_locked_out_does_not_lock_its_address(owner: Any, viewer: Any) -> None:
    fail("owner", 5)
    assert not log_in("owner", PASSWORD, address=ELSEWHERE).logged_in  # the account is held
    assert log_in("viewer", PASSWORD).logged_in  # a colleague at the same address is not


def test_an_address_locked_out_does_not_lock_its_accounts(
    settings: Any, owner: Any, viewer: Any
) -> None:
    settings.LOGIN_FAILURES_PER_ADDRESS = 12
    for n in range(12):  # many accounts tried from one address, each fewer than 5 times
        fail(f"someone{n % 4}", 1)
    assert not log_in("viewer", PASSWORD).logged_in  # the address is held
    assert log_in("viewer", PASSWORD, address=ELSEWHERE).logged_in  # the account is not
    assert log_in("owner", PASSWORD, address=ELSEWHERE).logged_in


def test_a_few_failures_behind_a_shared_address_lock_nobody_else_out(db: None) -> None:
    for n in range(8):
        make_user(f"colleague{n}")
    fail("colleague0", 5)  # one careless (or hostile) person behind the proxy
    for n in range(1, 8):
        assert log_in(f"colleague{n}", PASSWORD).logged_in


def test_a_success_clears_the_accounts_failures_but_not_the_addresses(
    settings: Any, owner: Any, viewer: Any
) -> None:
    settings.LOGIN_FAILURES_PER_ADDRESS = 10
    fail("someone", 4)
    fail("owner", 4)
    assert log_in("owner", PASSWORD).logged_in
    fail("owner", 4)
    assert log_in("owner", PASSWORD).logged_in  # 4 + 4 failures, but a success between
    fail("someone-else", 4)
    assert log_in("viewer", PASSWORD).logged_in  # the address is at 8 of 10
    fail("third", 2)
    # The other accounts' failures at this address still count: 4 + 4 + 2 reach its limit.
    assert not log_in("viewer", PASSWORD).logged_in
    assert log_in("viewer", PASSWORD, address=ELSEWHERE).logged_in


def test_the_lockout_ends_after_the_configured_time(settings: Any, owner: Any) -> None:
    fail("owner", 5)
    assert not log_in("owner", PASSWORD).logged_in
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))
    assert log_in("owner", PASSWORD).logged_in


def test_the_api_token_endpoint_is_throttled(client: Client, owner: Any) -> None:
    url = reverse("api-token")
    for _ in range(5):
        wrong = client.post(url, {"username": "owner", "password": "wrong"}, REMOTE_ADDR=HOME)
    assert wrong.status_code == 429
    refused = client.post(url, {"username": "owner", "password": PASSWORD}, REMOTE_ADDR=HOME)
    assert refused.status_code == 429
    assert "Too many failed attempts" in refused.json()["detail"]
    assert "token" not in refused.json()


def test_the_api_token_endpoint_gives_a_token(client: Client, owner: Any) -> None:
    url = reverse("api-token")
    wrong = client.post(url, {"username": "owner", "password": "wrong"})
    assert wrong.status_code == 400
    response = client.post(url, {"username": "owner", "password": PASSWORD})
    assert response.status_code == 200
    token = response.json()["token"]
    cases = client.get("/api/cases/", HTTP_AUTHORIZATION=f"Token {token}")
    assert cases.status_code == 200


def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(settings: Any, owner: Any) -> None:
    settings.BEHIND_PROXY = True
    proxy = "192.0.2.1"
    client = Client(REMOTE_ADDR=proxy)
    for _ in range(5):
        client.post("/login/", {"username": "owner", "password": "wrong"},
                    HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")  # fmt: skip
    addresses = set(AccessAttempt.objects.values_list("ip_address", flat=True))
    assert addresses == {"203.0.113.9"}
