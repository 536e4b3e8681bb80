"""Case roles and what each may do.

Kept apart from the models so the access check, the views and the tests share one table.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    EDITOR = "editor", _("Editor")
    ANALYST = "analyst", _("Analyst")
    VIEWER = "viewer", _("Viewer")


class Permission(models.TextChoices):
    VIEW = "view", _("view records")
    ANALYZE = "analyze", _("run analyses")
    CHANGE = "change", _("change records")
    MANAGE = "manage", _("manage the case and its members")


ROLES_ALLOWED: dict[str, frozenset[str]] = {
    Permission.VIEW: frozenset(Role.values),
    Permission.ANALYZE: frozenset({Role.OWNER, Role.EDITOR, Role.ANALYST}),
    Permission.CHANGE: frozenset({Role.OWNER, Role.EDITOR}),
    Permission.MANAGE: frozenset({Role.OWNER}),
}


def roles_allowed(permission: str) -> frozenset[str]:
    try:
        return ROLES_ALLOWED[permission]
    except KeyError:
        raise ValueError(f"unknown permission {permission!r}") from None
