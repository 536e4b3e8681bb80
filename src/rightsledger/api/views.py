"""The base of every case-scoped viewset: one restriction, one write path."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import QuerySet
from rest_framework import permissions, viewsets
from rest_framework.request import Request

from rightsledger.cases.actions import delete_object


def permission_for(request: Request) -> str:
    return "view" if request.method in permissions.SAFE_METHODS else "change"


class CaseScopedViewSet(viewsets.ModelViewSet):
    """Base for every case-scoped model: one restriction, one write path.

    Reads need "view" on the object's case, writes "change": anyone else gets 404.
    """

    queryset: Any
    select_related: ClassVar[tuple[str, ...]] = ("case",)
    prefetch_related: ClassVar[tuple[Any, ...]] = ()

    def get_queryset(self) -> QuerySet[Any]:
        queryset = self.queryset.restrict(self.request.user, permission_for(self.request))
        return queryset.select_related(*self.select_related).prefetch_related(
            *self.prefetch_related
        )

    def perform_destroy(self, instance: Any) -> None:
        delete_object(instance, acting_user=self.request.user)
