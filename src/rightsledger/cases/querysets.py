"""The one access path: every case-scoped query is narrowed by ``restrict(user, permission)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.http import Http404

from rightsledger.cases.roles import roles_allowed

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

_M = TypeVar("_M", bound=models.Model)


def permitted_case_ids(
    user: AbstractBaseUser | AnonymousUser, permission: str
) -> models.QuerySet[Any]:
    """A subquery of the ids of cases in which ``user`` holds a role granting ``permission``."""
    from rightsledger.cases.models import Membership

    if not user.is_authenticated or not user.is_active:
        return Membership.objects.none().values("case_id")
    return Membership.objects.filter(user_id=user.pk, role__in=roles_allowed(permission)).values(
        "case_id"
    )


class RestrictedQuerySet(models.QuerySet[_M]):
    def restrict(
        self, user: AbstractBaseUser | AnonymousUser, permission: str = "view"
    ) -> RestrictedQuerySet[_M]:
        """Only the rows of cases where ``user`` may ``permission``.

        Superusers get no bypass: case contents are need-to-know, and administering accounts
        does not confer a right to read victims' and witnesses' records.
        """
        lookup = getattr(self.model, "case_lookup", None)
        if lookup is None:
            raise TypeError(f"{self.model.__name__} is not case-scoped")
        return self.filter(**{f"{lookup}__in": permitted_case_ids(user, permission)})

    def get_restricted_or_404(
        self, user: AbstractBaseUser | AnonymousUser, permission: str = "view", **lookup: Any
    ) -> _M:
        """The object, or 404 whether it is missing or merely not the user's to see."""
        try:
            return self.restrict(user, permission).get(**lookup)
        except (ObjectDoesNotExist, ValueError, TypeError):
            raise Http404(f"No {self.model._meta.verbose_name} matches the given query.") from None
