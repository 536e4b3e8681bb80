"""The API of cases, their members and their history."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import QuerySet
from rest_framework import mixins, permissions, viewsets
from rest_framework.serializers import BaseSerializer

from rightsledger.api.filters import CaseFilterSet
from rightsledger.api.pagination import LargeListPagination
from rightsledger.cases import serializers as s
from rightsledger.cases.actions import remove_membership, set_membership
from rightsledger.cases.models import Case, HistoryEntry, Membership


class HistoryFilterSet(CaseFilterSet):
    class Meta:
        model = HistoryEntry
        fields = ["case", "object_type", "object_id", "action"]


class CaseViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Cases the user belongs to. Anyone signed in may open a case and becomes its owner."""

    queryset = Case.objects.all()
    serializer_class = s.CaseSerializer
    lookup_field = "slug"
    filterset_fields: ClassVar[list[str]] = []

    def get_queryset(self) -> QuerySet[Case]:
        permission = "view" if self.request.method in permissions.SAFE_METHODS else "manage"
        return (
            Case.objects.restrict(self.request.user, permission)
            .prefetch_related("memberships")
            .order_by("name")
        )


class MembershipViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Members of cases; only a case's owners may add, change or remove them."""

    queryset = Membership.objects.all()
    serializer_class = s.MembershipSerializer
    filterset_class = CaseFilterSet

    def get_queryset(self) -> QuerySet[Membership]:
        permission = "view" if self.request.method in permissions.SAFE_METHODS else "manage"
        return Membership.objects.restrict(self.request.user, permission).select_related(
            "case", "user"
        )

    def perform_create(self, serializer: BaseSerializer[Membership]) -> None:
        data: Any = serializer.validated_data
        serializer.instance = set_membership(
            case=data["case"], user=data["user"], role=data["role"], acting_user=self.request.user
        )

    def perform_update(self, serializer: BaseSerializer[Membership]) -> None:
        membership = serializer.instance
        assert membership is not None
        data: Any = serializer.validated_data
        serializer.instance = set_membership(
            case=membership.case,
            user=membership.user,
            role=data.get("role", membership.role),
            acting_user=self.request.user,
        )

    def perform_destroy(self, instance: Membership) -> None:
        remove_membership(membership=instance, acting_user=self.request.user)


class HistoryViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = HistoryEntry.objects.all()
    serializer_class = s.HistoryEntrySerializer
    filterset_class = HistoryFilterSet
    pagination_class = LargeListPagination

    def get_queryset(self) -> QuerySet[HistoryEntry]:
        return HistoryEntry.objects.restrict(self.request.user, "view").select_related("case")

    # Entries that could show a protected person's name are masked for roles that may not
    # re-identify by the access path itself (restrict → protection.disclosure).


ROUTES = [
    ("cases", CaseViewSet, "case"),
    ("memberships", MembershipViewSet, "membership"),
    ("history", HistoryViewSet, "history"),
]
