"""API viewsets for protection: protected persons (and re-identification), classifications, consent."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.api.views import CaseScopedViewSet, permission_for
from rightsledger.protection import actions
from rightsledger.protection.models import Classification, Consent, ProtectedIdentity
from rightsledger.protection.serializers import (
    ClassificationFilterSet,
    ClassificationSerializer,
    ConsentFilterSet,
    ConsentSerializer,
    ProtectedIdentityFilterSet,
    ProtectedIdentitySerializer,
    RevealInputSerializer,
)


class ConsentViewSet(CaseScopedViewSet):
    queryset = Consent.objects.all()
    serializer_class = ConsentSerializer
    filterset_class = ConsentFilterSet


class ClassificationViewSet(CaseScopedViewSet):
    queryset = Classification.objects.all()
    serializer_class = ClassificationSerializer
    filterset_class = ClassificationFilterSet
    select_related = ("case", "target_type")


class ProtectedIdentityViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Protected persons. Protecting is one-way here; revealing is for owners and editors."""

    queryset = ProtectedIdentity.objects.all()
    serializer_class = ProtectedIdentitySerializer
    filterset_class = ProtectedIdentityFilterSet

    def get_queryset(self) -> QuerySet[ProtectedIdentity]:
        return (
            ProtectedIdentity.objects.restrict(self.request.user, permission_for(self.request))
            .select_related("case")
            .order_by("pk")
        )

    @extend_schema(request=RevealInputSerializer, responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["post"])
    def reveal(self, request: Request, pk: str | None = None) -> Response:
        """The real names, with the purpose recorded in the case's history."""
        payload = RevealInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            identity_id = int(pk or "")
        except ValueError:
            identity_id = 0
        secret = actions.reveal_identity(
            identity_id, acting_user=request.user, purpose=payload.validated_data["purpose"]
        )
        return Response(secret, status=status.HTTP_200_OK)


# (prefix, viewset, basename) for the API's router.
ROUTES = [
    ("consents", ConsentViewSet, "consent"),
    ("classifications", ClassificationViewSet, "classification"),
    ("protected-persons", ProtectedIdentityViewSet, "protectedidentity"),
]
