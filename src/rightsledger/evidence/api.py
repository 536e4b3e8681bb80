"""API for evidence: items (upload, download, custody), and links to records."""

from __future__ import annotations

from typing import Any

import django_filters as df
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.http import FileResponse, HttpRequest
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.api.filters import CaseFilterSet
from rightsledger.api.serializers import CaseScopedSerializer, acting_user
from rightsledger.api.views import CaseScopedViewSet, permission_for
from rightsledger.cases.actions import update_object
from rightsledger.cases.models import Case
from rightsledger.evidence import actions
from rightsledger.evidence.models import (
    LINKABLE_MODELS,
    CustodyAction,
    CustodyEntry,
    EvidenceItem,
    EvidenceLink,
)
from rightsledger.evidence.store import get_store
from rightsledger.evidence.uploads import ReceivedUpload, StoreUploadHandler, body_chunks
from rightsledger.records.models import Source


class EvidenceItemSerializer(serializers.ModelSerializer):
    case: Any = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    sha512 = serializers.CharField(source="stored_object.sha512", read_only=True)

    class Meta:
        model = EvidenceItem
        fields = [
            "id", "case", "sha256", "sha512", "size", "mime_type", "original_name",
            "description", "source", "received_from", "embedded_metadata",
            "inspection_problems", "derived_from", "derivative_kind", "extracted_text",
        ]  # fmt: skip
        # An original is immutable: only what people say about it may be corrected.
        read_only_fields = [f for f in fields if f not in {"description", "received_from"}]

    def update(self, instance: EvidenceItem, validated_data: dict[str, Any]) -> EvidenceItem:
        return update_object(instance, acting_user=acting_user(self), **validated_data)


class CustodyEntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = CustodyEntry
        fields = ["id", "item", "action", "actor_name", "timestamp", "purpose", "counterpart",
                  "item_sha256"]  # fmt: skip
        read_only_fields = fields


class CustodyInputSerializer(serializers.Serializer):
    action = serializers.ChoiceField(
        choices=[CustodyAction.TRANSFERRED, CustodyAction.VIEWED, CustodyAction.VERIFIED]
    )
    purpose = serializers.CharField(max_length=500)
    counterpart = serializers.CharField(max_length=300, required=False, default="")


class UploadInputSerializer(serializers.Serializer):
    case = serializers.SlugField(max_length=80)
    name = serializers.CharField(max_length=1000, required=False, default="")
    description = serializers.CharField(required=False, default="", max_length=10000)
    source: Any = serializers.IntegerField(required=False, allow_null=True, default=None)
    received_from = serializers.CharField(required=False, default="", max_length=300)
    purpose = serializers.CharField(required=False, default="", max_length=500)


class EvidenceFilterSet(CaseFilterSet):
    q = df.CharFilter(method="filter_text", label="text in the file or its name")

    class Meta:
        model = EvidenceItem
        fields = ["case", "sha256", "mime_type", "derived_from", "derivative_kind", "source"]

    def filter_text(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        # icontains works on SQLite and PostgreSQL alike; extracted text is bounded (2 M chars).
        return queryset.filter(
            Q(extracted_text__icontains=value)
            | Q(original_name__icontains=value)
            | Q(description__icontains=value)
        )


class EvidenceItemViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Evidence items of the cases you belong to. Upload creates; nothing deletes an original."""

    queryset = EvidenceItem.objects.all()
    serializer_class = EvidenceItemSerializer
    filterset_class = EvidenceFilterSet
    ordering_fields = ["id", "original_name", "size"]

    def get_queryset(self) -> QuerySet[EvidenceItem]:
        return (
            EvidenceItem.objects.restrict(self.request.user, permission_for(self.request))
            .select_related("case", "stored_object")
            .order_by("pk")
        )

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        # Multipart uploads stream into the store while Django parses them.
        if request.method == "POST" and request.path.endswith("/evidence/upload/"):
            request.upload_handlers = [StoreUploadHandler(request)]
        return super().initialize_request(request, *args, **kwargs)

    @extend_schema(
        parameters=[UploadInputSerializer],
        request={"application/octet-stream": OpenApiTypes.BINARY},
        responses={201: EvidenceItemSerializer, 200: EvidenceItemSerializer},
    )
    @action(detail=False, methods=["post"], url_path="upload")
    def upload(self, request: Request) -> Response:
        """Upload one file: the raw request body, or the field ``file`` of a multipart form.

        Parameters come in the query string.  201 for a new item; 200 when the same bytes
        are already an item of the case (the existing item, with a new custody entry).
        """
        django_request = request._request
        received: ReceivedUpload | None = None
        is_multipart = (request.content_type or "").startswith("multipart/form-data")
        try:
            params = UploadInputSerializer(data=request.query_params)
            params.is_valid(raise_exception=True)
            data: Any = params.validated_data
            # Access first, before a byte of a raw body is read: 404 for strangers, viewers
            # and nonexistent cases alike.
            case = Case.objects.get_restricted_or_404(request.user, "change", slug=data["case"])
            source = None
            if data["source"] is not None:
                source = (
                    Source.objects.restrict(request.user, "view")
                    .filter(pk=data["source"], case=case)
                    .first()
                )
                if source is None:
                    raise serializers.ValidationError({"source": ["No such source in this case."]})
            if is_multipart:
                received = request.FILES.get("file")
                if not isinstance(received, ReceivedUpload):
                    raise serializers.ValidationError({"file": ["Send the file in field 'file'."]})
                path = received.commit()
                digest, name = received.digest, data["name"] or received.name
                received = None
                result = actions.ingest_stored(
                    case=case, digest=digest, path=path, file_name=name,
                    acting_user=request.user, description=data["description"], source=source,
                    received_from=data["received_from"], purpose=data["purpose"],
                )  # fmt: skip
            else:
                result = actions.ingest_stream(
                    case=case, chunks=body_chunks(django_request), file_name=data["name"],
                    acting_user=request.user, description=data["description"], source=source,
                    received_from=data["received_from"], purpose=data["purpose"],
                )  # fmt: skip
        finally:
            if received is not None:
                received.discard()
            # A multipart upload refused above (404, 400) leaves nothing behind.
            for handler in getattr(django_request, "upload_handlers", []):
                if isinstance(handler, StoreUploadHandler) and handler.received is not None:
                    handler.received.discard()
        body = EvidenceItemSerializer(result.item, context=self.get_serializer_context()).data
        code = status.HTTP_201_CREATED if result.created else status.HTTP_200_OK
        return Response(body, status=code)

    @extend_schema(
        parameters=[OpenApiParameter("purpose", str, description="why it is downloaded")],
        responses={(200, "application/octet-stream"): OpenApiTypes.BINARY},
    )
    @action(detail=True, methods=["get"])
    def download(self, request: Request, pk: str | None = None) -> FileResponse:
        """The stored bytes, as an attachment; recorded in the item's chain of custody."""
        item = self.get_object()
        handle = get_store().open(item.sha256)
        actions.record_custody(
            item, CustodyAction.DOWNLOADED, acting_user=request.user,
            purpose=str(request.query_params.get("purpose", ""))[:500],
        )  # fmt: skip
        # Always an attachment of a neutral type: evidence is never rendered by the browser.
        return FileResponse(
            handle, as_attachment=True, filename=item.original_name,
            content_type="application/octet-stream",
        )  # fmt: skip

    @extend_schema(request=CustodyInputSerializer, responses=CustodyEntrySerializer(many=True))
    @action(detail=True, methods=["get", "post"])
    def custody(self, request: Request, pk: str | None = None) -> Response:
        """The item's chain of custody; POST records a handling (owners and editors)."""
        item = self.get_object()
        if request.method == "POST":
            payload = CustodyInputSerializer(data=request.data)
            payload.is_valid(raise_exception=True)
            values: Any = payload.validated_data
            actions.record_custody(
                item, values["action"], acting_user=request.user, purpose=values["purpose"],
                counterpart=values["counterpart"],
            )  # fmt: skip
        entries = CustodyEntry.objects.restrict(request.user, "view").filter(item=item)
        return Response(CustodyEntrySerializer(entries.order_by("pk"), many=True).data)


class EvidenceLinkSerializer(CaseScopedSerializer):
    target_type = serializers.ChoiceField(choices=sorted(LINKABLE_MODELS))
    immutable_on_update = ("case", "item", "target_type", "target_id")

    class Meta:
        model = EvidenceLink
        fields = ["id", "case", "item", "target_type", "target_id", "notes"]

    def to_representation(self, instance: EvidenceLink) -> dict[str, Any]:
        data = super().to_representation(instance)
        label = f"{instance.target_type.app_label}.{instance.target_type.model}"
        data["target_type"] = next((k for k, v in LINKABLE_MODELS.items() if v == label), None)
        return data

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        values = super().to_internal_value(data)
        if "target_type" in values:
            app_label, model = LINKABLE_MODELS[values["target_type"]].split(".")
            values["target_type"] = ContentType.objects.get_by_natural_key(app_label, model)
        return values


class EvidenceLinkFilterSet(CaseFilterSet):
    class Meta:
        model = EvidenceLink
        fields = ["case", "item", "target_id"]


class EvidenceLinkViewSet(CaseScopedViewSet):
    queryset = EvidenceLink.objects.all()
    serializer_class = EvidenceLinkSerializer
    filterset_class = EvidenceLinkFilterSet
    select_related = ("case", "target_type")
