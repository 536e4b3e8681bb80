"""API viewsets. Each fetches through ``restrict`` and writes through actions."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from rightsledger.api import filters as f
from rightsledger.api import serializers as s
from rightsledger.api.pagination import LargeListPagination
from rightsledger.cases.actions import delete_object, remove_membership, set_membership
from rightsledger.cases.models import Case, HistoryEntry, Membership
from rightsledger.records import models as rm
from rightsledger.records.summary import cached_case_summary


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


class PlaceViewSet(CaseScopedViewSet):
    queryset = rm.Place.objects.all()
    serializer_class = s.PlaceSerializer
    filterset_class = f.PlaceFilterSet
    prefetch_related = ("names",)


class PlaceNameViewSet(CaseScopedViewSet):
    queryset = rm.PlaceName.objects.all()
    serializer_class = s.PlaceNameSerializer
    filterset_class = f.PlaceNameFilterSet


class EventViewSet(CaseScopedViewSet):
    queryset = rm.Event.objects.all()
    serializer_class = s.EventSerializer
    filterset_class = f.EventFilterSet
    prefetch_related = ("places",)
    ordering_fields = ["start_date", "title", "id"]


class ActViewSet(CaseScopedViewSet):
    queryset = rm.Act.objects.all()
    serializer_class = s.ActSerializer
    filterset_class = f.ActFilterSet
    ordering_fields = ["date", "act_type", "id"]


class PersonViewSet(CaseScopedViewSet):
    queryset = rm.Person.objects.all()
    serializer_class = s.PersonSerializer
    filterset_class = f.PersonFilterSet
    pagination_class = LargeListPagination
    prefetch_related = ("names",)
    ordering_fields = ["id", "display_name", "birth_year"]


class PersonNameViewSet(CaseScopedViewSet):
    queryset = rm.PersonName.objects.all()
    serializer_class = s.PersonNameSerializer
    filterset_class = f.PersonNameFilterSet
    pagination_class = LargeListPagination


class RelationshipViewSet(CaseScopedViewSet):
    queryset = rm.Relationship.objects.all()
    serializer_class = s.RelationshipSerializer
    filterset_class = f.RelationshipFilterSet


class InvolvementViewSet(CaseScopedViewSet):
    queryset = rm.Involvement.objects.all()
    serializer_class = s.InvolvementSerializer
    filterset_class = f.InvolvementFilterSet
    pagination_class = LargeListPagination
    prefetch_related = ("statuses",)


class StatusRecordViewSet(CaseScopedViewSet):
    queryset = rm.StatusRecord.objects.all()
    serializer_class = s.StatusRecordSerializer
    filterset_class = f.StatusRecordFilterSet
    pagination_class = LargeListPagination


class SourceViewSet(CaseScopedViewSet):
    queryset = rm.Source.objects.all()
    serializer_class = s.SourceSerializer
    filterset_class = f.SourceFilterSet
    ordering_fields = ["title", "date", "reliability", "id"]


class ClaimViewSet(CaseScopedViewSet):
    queryset = rm.Claim.objects.all()
    serializer_class = s.ClaimSerializer
    filterset_class = f.ClaimFilterSet
    select_related = ("case", "subject_type")


class HistoryViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = HistoryEntry.objects.all()
    serializer_class = s.HistoryEntrySerializer
    filterset_class = f.HistoryFilterSet
    pagination_class = LargeListPagination

    def get_queryset(self) -> QuerySet[HistoryEntry]:
        return HistoryEntry.objects.restrict(self.request.user, "view").select_related("case")

    def get_serializer(self, *args: Any, **kwargs: Any) -> Any:
        # Entries that show a protected person's name are masked for roles that may not
        # re-identify (in memory only: the stored entries and their hashes are untouched).
        if args:
            from rightsledger.protection.history import masked_for

            many = kwargs.get("many", False)
            rows = masked_for(self.request.user, args[0] if many else [args[0]])
            args = (rows if many else rows[0], *args[1:])
        return super().get_serializer(*args, **kwargs)


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

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"])
    def summary(self, request: Request, slug: str | None = None) -> Response:
        """Headline counts of the case's records (recounted after every change)."""
        return Response(cached_case_summary(self.get_object()))


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
    filterset_class = f.CaseFilterSet

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
