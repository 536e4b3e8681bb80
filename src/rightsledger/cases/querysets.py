"""The one access path: every case-scoped query is narrowed by ``restrict(user, permission)``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models.query import ModelIterable
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


# The disclosure policy (``rightsledger.protection.disclosure.apply``), installed by the
# protection app when it is ready: the access path applies it to every object it hands out.
DisclosureRule = Callable[[Any, list[Any]], None]
_disclosure_rule: DisclosureRule | None = None
CHUNK = 2000


def install_disclosure_rule(rule: DisclosureRule | None) -> None:
    global _disclosure_rule
    _disclosure_rule = rule


class DisclosingIterable(ModelIterable):
    """Model instances of a restricted query, passed through the disclosure rule in chunks."""

    def __iter__(self) -> Iterator[_M]:
        user = getattr(self.queryset, "_disclosure_user", None)
        rule = _disclosure_rule
        if rule is None:
            yield from super().__iter__()
            return
        chunk: list[_M] = []
        for obj in super().__iter__():
            chunk.append(obj)
            if len(chunk) >= CHUNK:
                rule(user, chunk)
                yield from chunk
                chunk = []
        rule(user, chunk)
        yield from chunk


class RestrictedQuerySet(models.QuerySet[_M]):
    # The user the query was restricted for, whose view of protected persons it yields.
    _disclosure_user: Any

    def _clone(self) -> RestrictedQuerySet[_M]:
        clone: RestrictedQuerySet[_M] = super()._clone()  # type: ignore[misc]
        if hasattr(self, "_disclosure_user"):
            clone._disclosure_user = self._disclosure_user
        return clone

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
        allowed = models.Q(**{f"{lookup}__in": permitted_case_ids(user, permission)})
        # A row of no case yet (a job that makes its case) is for the account that made it
        # alone, whatever the permission asked: there are no members to ask.
        starter = getattr(self.model, "caseless_starter_lookup", None)
        if starter is not None and user.is_authenticated and user.is_active:
            allowed |= models.Q(**{f"{lookup}__isnull": True, starter: user.pk})
        restricted = self.filter(allowed)
        # What the user may see of protected persons is decided here too, for every object
        # the query yields (the one disclosure policy; see protection.disclosure).
        restricted._disclosure_user = user
        if restricted._iterable_class is ModelIterable:
            restricted._iterable_class = DisclosingIterable
        return restricted

    def get_restricted_or_404(
        self, user: AbstractBaseUser | AnonymousUser, permission: str = "view", **lookup: Any
    ) -> _M:
        """The object, or 404 whether it is missing or merely not the user's to see."""
        try:
            return self.restrict(user, permission).get(**lookup)
        except (ObjectDoesNotExist, ValueError, TypeError):
            raise Http404(f"No {self.model._meta.verbose_name} matches the given query.") from None
