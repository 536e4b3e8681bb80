"""Actions on user accounts (the global history chain records them)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from rightsledger.cases.history import append_entry
from rightsledger.cases.models import HistoryEntry


def create_user(
    *, username: str, password: str, acting_user: Any = None, is_superuser: bool = False
) -> Any:
    """Create an account after checking the password against the configured validators."""
    user_model = get_user_model()
    candidate = user_model(username=username)
    candidate.full_clean(exclude=["password"])
    validate_password(password, user=candidate)
    with transaction.atomic():
        if is_superuser:
            user = user_model.objects.create_superuser(username=username, password=password)
        else:
            user = user_model.objects.create_user(username=username, password=password)
        append_entry(
            case=None,
            actor=acting_user or user,
            action=HistoryEntry.Action.CREATE,
            object_type="auth.user",
            object_id=str(user.pk),
            object_repr=username,
            after={"username": username, "is_superuser": is_superuser},
        )
    return user


def change_password(*, user: Any, password: str, acting_user: Any) -> None:
    validate_password(password, user=user)
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        append_entry(
            case=None,
            actor=acting_user,
            action=HistoryEntry.Action.UPDATE,
            object_type="auth.user",
            object_id=str(user.pk),
            object_repr=user.get_username(),
            after={"password": "changed"},
        )
