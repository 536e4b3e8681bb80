"""Access for the browser views: the case and the user's role in it, through ``restrict``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from rightsledger.cases.models import Case, Membership
from rightsledger.cases.roles import ROLES_ALLOWED, Permission


@dataclass(frozen=True)
class CaseAccess:
    """The case a request is about, and what the requesting user may do in it."""

    case: Case
    role: str

    def may(self, permission: str) -> bool:
        return self.role in ROLES_ALLOWED[permission]

    @property
    def can_change(self) -> bool:
        return self.may(Permission.CHANGE)

    @property
    def can_manage(self) -> bool:
        return self.may(Permission.MANAGE)


def case_access(request: HttpRequest, slug: str, permission: str = "view") -> CaseAccess:
    """The case by slug if the user holds ``permission`` in it; 404 otherwise."""
    user: Any = request.user
    case = Case.objects.get_restricted_or_404(user, permission, slug=slug)
    role = (
        Membership.objects.restrict(user, permission)
        .filter(case=case, user_id=user.pk)
        .values_list("role", flat=True)
        .first()
    )
    return CaseAccess(case=case, role=role or "")
