"""API viewsets for evidence: items (upload, download, custody), and links to records."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import FileResponse, HttpRequest
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.api.views import CaseScopedViewSet, permission_for
from rightsledger.cases.models import Case
from rightsledger.evidence import actions
from rightsledger.evidence.models import (
    CustodyAction,
    CustodyEntry,
    EvidenceItem,
    EvidenceLink,
)
from rightsledger.evidence.serializers import (
    CustodyEntrySerializer,
    CustodyInputSerializer,
    EvidenceFilterSet,
    EvidenceItemSerializer,
    EvidenceLinkFilterSet,
    EvidenceLinkSerializer,
    UploadInputSerializer,
)
from rightsledger.evidence.store import get_store
from rightsledger.evidence.uploads import ReceivedUpload, StoreUploadHandler, body_chunks
from rightsledger.records.models import Source


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
        responses={
            201: EvidenceItemSerializer,
            200: EvidenceItemSerializer,
            411: OpenApiResponse(description="a raw body sent without Content-Length"),
        },
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
                # The staged file stays readable (for inspection) until the discard below.
                path = received.commit()
                digest, name = received.digest, data["name"] or received.name
                result = actions.ingest_stored(
                    case=case, digest=digest, path=path, file_name=name,
                    acting_user=request.user, description=data["description"], source=source,
                    received_from=data["received_from"], purpose=data["purpose"],
                )  # fmt: skip
            else:
                if not django_request.META.get("CONTENT_LENGTH"):
                    # Without a length the body reads as empty: refuse rather than store nothing.
                    return Response(
                        {"detail": "Send the file with a Content-Length header, or as the field "
                                   "'file' of a multipart form (chunked bodies are not read)."},
                        status=status.HTTP_411_LENGTH_REQUIRED,
                    )  # fmt: skip
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
        response = FileResponse(
            handle, as_attachment=True, filename=item.original_name,
            content_type="application/octet-stream",
        )  # fmt: skip
        response["Content-Length"] = str(item.size)  # a bucket's stream does not tell it
        return response

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


class EvidenceLinkViewSet(CaseScopedViewSet):
    queryset = EvidenceLink.objects.all()
    serializer_class = EvidenceLinkSerializer
    filterset_class = EvidenceLinkFilterSet
    select_related = ("case", "target_type")


# (prefix, viewset, basename) for the API's router.
ROUTES = [
    ("evidence", EvidenceItemViewSet, "evidenceitem"),
    ("evidence-links", EvidenceLinkViewSet, "evidencelink"),
]
