"""API viewsets of the legal app.

The shared catalogue: every signed-in user reads it; administrators change its texts and the
shared act-type mapping (everyone else gets 403: there is nothing secret to hide).
Qualifications and element links are case-scoped: read with "view", written with "analyze",
through ``restrict`` — a stranger gets 404.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.api.views import CaseScopedViewSet
from rightsledger.legal import actions
from rightsledger.legal import serializers as s
from rightsledger.legal.export import matrices_for_export
from rightsledger.legal.models import (
    ActTypeMapping,
    Crime,
    Element,
    ElementLink,
    Instrument,
    Provision,
    Qualification,
)
from rightsledger.legal.queries import catalogue, catalogue_as_dicts

WRITE_PERMISSION = "analyze"


class CatalogueWrite(permissions.BasePermission):
    """Reading for every signed-in user, changing for administrators."""

    def has_permission(self, request: Any, view: Any) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return False
        return request.method in permissions.SAFE_METHODS or bool(user.is_superuser)


class CatalogueViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):  # fmt: skip
    permission_classes = [CatalogueWrite]
    http_method_names = ["get", "patch", "head", "options"]


class InstrumentViewSet(CatalogueViewSet):
    """The instruments of the legal catalogue. ``GET …/tree/`` gives the whole catalogue."""

    queryset = Instrument.objects.all()
    serializer_class = s.InstrumentSerializer
    filterset_fields = ["code"]

    @extend_schema(
        parameters=[OpenApiParameter("instrument", str), OpenApiParameter("q", str),
                    OpenApiParameter("language", str)],
        responses={200: OpenApiTypes.OBJECT},
    )  # fmt: skip
    @action(detail=False, methods=["get"])
    def tree(self, request: Request) -> Response:
        """Instruments, provisions, crimes and elements (each with its kind), in a language."""
        views = catalogue(
            instrument=request.query_params.get("instrument") or None,
            query=request.query_params.get("q", ""),
            language=request.query_params.get("language") or None,
        )
        return Response(catalogue_as_dicts(views))


class ProvisionViewSet(CatalogueViewSet):
    queryset = Provision.objects.all()
    serializer_class = s.ProvisionSerializer
    filterset_class = s.ProvisionFilterSet

    def get_queryset(self) -> QuerySet[Provision]:
        return self.queryset.select_related("instrument").order_by("instrument__order", "order")


class CrimeViewSet(CatalogueViewSet):
    queryset = Crime.objects.all()
    serializer_class = s.CrimeSerializer
    filterset_class = s.CrimeFilterSet

    def get_queryset(self) -> QuerySet[Crime]:
        return self.queryset.select_related("provision").prefetch_related("elements__crime")


class ElementViewSet(CatalogueViewSet):
    queryset = Element.objects.all()
    serializer_class = s.ElementSerializer
    filterset_fields = ["crime", "kind"]

    def get_queryset(self) -> QuerySet[Element]:
        return self.queryset.select_related("crime").order_by("crime__order", "number")


class ActTypeMappingViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
    mixins.DestroyModelMixin, viewsets.GenericViewSet,
):  # fmt: skip
    """Act type → provision or crime: the shared mapping (administrators change it) and each
    case's own additions (its analysts change them)."""

    queryset = ActTypeMapping.objects.all()
    serializer_class = s.ActTypeMappingSerializer
    filterset_class = s.ActTypeMappingFilterSet

    def get_queryset(self) -> QuerySet[ActTypeMapping]:
        safe = self.request.method in permissions.SAFE_METHODS
        own = ActTypeMapping.objects.restrict(
            self.request.user, "view" if safe else WRITE_PERMISSION
        )
        shared = self.queryset.filter(case__isnull=True)
        return (
            (shared | own).select_related("provision", "crime", "case").order_by("act_type", "pk")
        )

    def perform_destroy(self, instance: ActTypeMapping) -> None:
        actions.remove_act_type_mapping(instance, acting_user=self.request.user)


class LegalCaseScopedViewSet(CaseScopedViewSet):
    def get_queryset(self) -> QuerySet[Any]:
        permission = "view" if self.request.method in permissions.SAFE_METHODS else WRITE_PERMISSION
        return self.queryset.restrict(self.request.user, permission).select_related(
            *self.select_related
        )


class QualificationViewSet(LegalCaseScopedViewSet):
    """Propositions that acts may constitute a crime or violation, and the matrix of each."""

    queryset = Qualification.objects.all()
    serializer_class = s.QualificationSerializer
    filterset_class = s.QualificationFilterSet
    select_related = ("case", "crime", "provision")

    def perform_destroy(self, instance: Qualification) -> None:
        actions.withdraw_qualification(instance, acting_user=self.request.user)

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"])
    def matrix(self, request: Request, pk: str | None = None) -> Response:
        """Its elements, what supports or contradicts each (with note, source reliability and
        claim credibility) and each element's gaps."""
        qualification = self.get_object()
        found = matrices_for_export(qualification.case, request.user, ids=[qualification.pk])
        return Response(found[0])


class ElementLinkViewSet(LegalCaseScopedViewSet):
    queryset = ElementLink.objects.all()
    serializer_class = s.ElementLinkSerializer
    filterset_class = s.ElementLinkFilterSet
    select_related = ("case", "target_type")

    def perform_destroy(self, instance: ElementLink) -> None:
        actions.unlink(instance, acting_user=self.request.user)


# (prefix, viewset, basename) for the API's router.
ROUTES = [
    ("instruments", InstrumentViewSet, "instrument"),
    ("provisions", ProvisionViewSet, "provision"),
    ("crimes", CrimeViewSet, "crime"),
    ("elements", ElementViewSet, "element"),
    ("act-type-mappings", ActTypeMappingViewSet, "acttypemapping"),
    ("qualifications", QualificationViewSet, "qualification"),
    ("element-links", ElementLinkViewSet, "elementlink"),
]
