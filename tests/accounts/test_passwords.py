"""Password rules: the user name, repeated or inside, is not a password — everywhere."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.web.conftest import web_client

PASSWORD = "x-Strong-pass-42"


@pytest.mark.parametrize(
    "password", ["ownerownerowner", "OwnerOwner2024!", "my-owner-pass-99", "RENWO-owner-x1y2"]
)
def test_the_user_name_inside_is_refused(owner: Any, password: str) -> None:
    with pytest.raises(ValidationError, match="contains the user name"):
        validate_password(password, user=owner)


def test_a_part_of_the_user_name_is_refused(db: None) -> None:
    user = get_user_model()(username="leyla.aliyeva")
    with pytest.raises(ValidationError, match="contains the user name"):
        validate_password("aliyeva-Summer-1987", user=user)


def test_short_passwords_are_refused(owner: Any) -> None:
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("x-Short-4a!", user=owner)


def test_an_unrelated_long_password_is_accepted(owner: Any) -> None:
    validate_password("tulip-Harbour-lantern-8", user=owner)


def test_the_password_page_refuses_it(owner: Any) -> None:
    response = web_client(owner).post(reverse("password-change"), {
        "old_password": PASSWORD, "new_password1": "owner-owner-owner",
        "new_password2": "owner-owner-owner",
    })  # fmt: skip
    assert response.status_code == 400
    assert "contains the user name" in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_the_admin_refuses_it(owner: Any) -> None:
    admin = get_user_model().objects.create_superuser(username="admin", password=PASSWORD)
    client = web_client(admin)
    url = reverse("admin:auth_user_password_change", args=[owner.pk])
    response = client.post(url, {"password1": "Owner-Owner-1234", "password2": "Owner-Owner-1234"})
    assert response.status_code == 200  # the form again, with the error
    assert "contains the user name" in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)
    added = client.post(reverse("admin:auth_user_add"), {
        "username": "newcomer", "password1": "newcomer-newcomer", "password2": "newcomer-newcomer",
        "usable_password": "true",
    })  # fmt: skip
    assert added.status_code == 200
    assert not get_user_model().objects.filter(username="newcomer").exists()
