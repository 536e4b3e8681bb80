"""Logging in and out, the login throttle, passwords, inviting users, and case members."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from rightsledger.cases.models import Case, Membership
from tests.conftest import make_user
from tests.web.conftest import web_client

PASSWORD = "x-Strong-pass-42"


def test_log_in_and_out(client: Client, owner: Any, case: Case) -> None:
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    assert case.name in client.get(reverse("home")).content.decode()
    client.post(reverse("logout"))
    assert client.get(reverse("home")).status_code == 302


def test_a_wrong_password_is_refused(client: Client, owner: Any) -> None:
    response = client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    assert response.status_code == 400
    assert "Please enter a correct username and password" in response.content.decode()


def test_logins_are_throttled_after_repeated_failures(client: Client, owner: Any) -> None:
    for _ in range(5):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    blocked = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert blocked.status_code == 429
    assert "Too many failed attempts" in blocked.content.decode()
    assert "_auth_user_id" not in client.session


def test_change_password(owner: Any) -> None:
    client = web_client(owner)
    response = client.post(reverse("password-change"), {
        "old_password": PASSWORD, "new_password1": "another-Long-pass-77",
        "new_password2": "another-Long-pass-77",
    })  # fmt: skip
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("another-Long-pass-77")
    assert client.get(reverse("home")).status_code == 200  # still logged in


def test_a_weak_new_password_is_refused(owner: Any) -> None:
    response = web_client(owner).post(reverse("password-change"), {
        "old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678",
    })  # fmt: skip
    assert response.status_code == 400
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_an_administrator_invites_a_user(db: None) -> None:
    admin = get_user_model().objects.create_superuser(username="admin", password=PASSWORD)
    client = web_client(admin)
    response = client.post(reverse("users"), {"username": "newcomer"})
    html = response.content.decode()
    assert response.status_code == 200
    newcomer = get_user_model().objects.get(username="newcomer")
    password = html.split('data-testid="temporary-password">')[1].split("<")[0]
    assert newcomer.check_password(password)
    again = client.post(reverse("users"), {"username": "newcomer"})
    assert again.status_code == 400


def test_only_administrators_invite(owner: Any) -> None:
    client = web_client(owner)
    assert client.get(reverse("users")).status_code == 403
    assert client.post(reverse("users"), {"username": "x"}).status_code == 403
    assert not get_user_model().objects.filter(username="x").exists()


def test_owner_adds_a_member_and_changes_roles(owner_web: Client, case: Case) -> None:
    make_user("colleague")
    url = reverse("case-members", args=[case.slug])
    response = owner_web.post(url, {"username": "colleague", "role": "editor"})
    assert response.status_code == 302
    membership = Membership.objects.get(case=case, user__username="colleague")
    assert membership.role == "editor"
    change = reverse("case-member", args=[case.slug, membership.pk])
    owner_web.post(change, {"role": "viewer"})
    membership.refresh_from_db()
    assert membership.role == "viewer"
    owner_web.post(change, {"remove": "1"})
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_an_unknown_user_cannot_be_added(owner_web: Client, case: Case) -> None:
    url = reverse("case-members", args=[case.slug])
    response = owner_web.post(url, {"username": "nobody", "role": "editor"})
    assert response.status_code == 400
    assert "No account with this name" in response.content.decode()


def test_the_last_owner_stays(owner_web: Client, case: Case, owner: Any) -> None:
    membership = Membership.objects.get(case=case, user=owner)
    response = owner_web.post(
        reverse("case-member", args=[case.slug, membership.pk]), {"role": "viewer"}, follow=True
    )
    assert "A case must keep at least one owner." in response.content.decode()
    membership.refresh_from_db()
    assert membership.role == "owner"


def test_only_owners_manage_members(case: Case, analyst: Any, viewer: Any) -> None:
    membership = Membership.objects.get(case=case, user=viewer)
    for user in (analyst, viewer):
        client = web_client(user)
        assert client.get(reverse("case-members", args=[case.slug])).status_code == 404
        url = reverse("case-member", args=[case.slug, membership.pk])
        assert client.post(url, {"role": "owner"}).status_code == 404
    membership.refresh_from_db()
    assert membership.role == "viewer"


def test_create_a_case(owner_web: Client) -> None:
    response = owner_web.post(reverse("case-new"), {"name": "Inquiry into Hillside"})
    case = Case.objects.get(name="Inquiry into Hillside")
    assert response["Location"] == reverse("case-dashboard", args=[case.slug])
    assert owner_web.post(reverse("case-new"), {"name": ""}).status_code == 400
