"""`case member`: the acting user passes the same access check as on the members page."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.cases.roles import Role
from tests.conftest import make_user


def member(*args: str) -> str:
    out = StringIO()
    call_command("case", "member", *args, stdout=out)
    return out.getvalue()


def test_it_works(case: Case, owner: Any, stranger: Any) -> None:
    printed = member(case.slug, "stranger", "editor", "--as", "owner")
    assert printed.strip() == f"stranger is now editor of {case.slug}"
    membership = Membership.objects.get(case=case, user=stranger)
    assert membership.role == Role.EDITOR
    entry = HistoryEntry.objects.filter(case=case, object_type="cases.membership").last()
    assert entry is not None
    assert entry.actor_name == "owner"


def test_it_refuses_an_actor_without_a_role(case: Case, stranger: Any) -> None:
    outsider = make_user("outsider")
    history = HistoryEntry.objects.filter(case=case).count()
    with pytest.raises(CommandError, match=r"no case .* in which outsider may manage"):
        member(case.slug, "stranger", "owner", "--by", "outsider")
    assert not Membership.objects.filter(case=case, user__in=[stranger, outsider]).exists()
    assert HistoryEntry.objects.filter(case=case).count() == history


def test_it_refuses_a_viewer(case: Case, viewer: Any) -> None:
    with pytest.raises(CommandError, match="no case"):
        member(case.slug, "viewer", "owner", "--as", "viewer")
    assert Membership.objects.get(case=case, user=viewer).role == Role.VIEWER


def test_it_never_borrows_an_owner_by_default(case: Case, stranger: Any) -> None:
    # Without --as the actor is the only administrator, who is not a member of this case:
    # the case's owner is not impersonated.
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser(username="admin", password="a-Long-pass-for-42")
    with pytest.raises(CommandError, match="in which admin may manage"):
        member(case.slug, "stranger", "owner")
    assert not Membership.objects.filter(case=case, user=stranger).exists()


def test_an_unknown_case_is_no_case(case: Case) -> None:
    with pytest.raises(CommandError, match="no case 'no-such-case'"):
        member("no-such-case", "viewer", "owner", "--as", "owner")
