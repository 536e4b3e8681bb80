"""The tus endpoint: resumable evidence uploads over HTTP, from the browser and the API.

``/api/evidence/uploads/`` (POST creates, OPTIONS describes) and ``…/uploads/<id>/`` (HEAD
says the offset, PATCH appends, DELETE abandons, GET shows the outcome as JSON).  Session
(with CSRF) or token authentication, as the rest of the API; the protocol's work is in
``rightsledger.evidence.resumable``, and every request looks its upload up again there.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.utils.http import http_date
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.authentication import SessionAuthentication
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from rightsledger.evidence import resumable
from rightsledger.evidence.models import ResumableUpload

PATCH_TYPE = "application/offset+octet-stream"


def _headers(response: Response, upload: ResumableUpload | None = None) -> Response:
    response["Tus-Resumable"] = resumable.TUS_VERSION
    response["Cache-Control"] = "no-store"
    if upload is not None:
        response["Upload-Offset"] = str(upload.offset)
        response["Upload-Length"] = str(upload.length)
        if upload.item_id is None:
            response["Upload-Expires"] = http_date(resumable.expires_at(upload).timestamp())
        else:
            response["Rightsledger-Evidence-Item"] = str(upload.item_id)
    return response


def _refusal(refused: resumable.UploadRefused) -> Response:
    response = Response({"detail": str(refused)}, status=refused.status)
    if refused.status == 412:
        response["Tus-Version"] = resumable.TUS_VERSION
    return _headers(response)


class TusView(APIView):
    # No body is parsed: PATCH bodies are streamed to the staging file by ``append``.
    parser_classes: list[Any] = []

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        if (
            request.method != "OPTIONS"
            and request.headers.get("Tus-Resumable") != resumable.TUS_VERSION
        ):
            raise resumable.UploadRefused(412, f"send Tus-Resumable: {resumable.TUS_VERSION}")

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, resumable.UploadRefused):
            return _refusal(exc)
        return _headers(super().handle_exception(exc))

    def options(self, request: Any, *args: Any, **kwargs: Any) -> Response:
        response = Response(status=204)
        response["Tus-Version"] = resumable.TUS_VERSION
        response["Tus-Extension"] = resumable.TUS_EXTENSIONS
        response["Tus-Max-Size"] = str(resumable.max_upload_bytes())
        return _headers(response)


class UploadCreateView(TusView):
    @extend_schema(exclude=True)
    def post(self, request: Request) -> Response:
        """Create an upload (tus creation): Upload-Length and Upload-Metadata (case, filename,
        description, received_from, purpose, source)."""
        length = resumable.parse_length(request.headers.get("Upload-Length"), "Upload-Length")
        metadata = resumable.parse_metadata(request.headers.get("Upload-Metadata", ""))
        upload = resumable.create_upload(user=request.user, length=length, metadata=metadata)
        response = Response(status=201)
        response["Location"] = request.build_absolute_uri(f"{upload.pk}/")
        return _headers(response, upload)


class UploadView(TusView):
    @extend_schema(exclude=True)
    def head(self, request: Request, upload_id: str) -> Response:
        upload = resumable.access_upload(request.user, upload_id)
        # A complete upload whose recording failed is recorded when its sender looks again.
        resumable.finish(upload)
        return _headers(Response(status=200), upload)

    @extend_schema(exclude=True)
    def get(self, request: Request, upload_id: str) -> Response:
        upload = resumable.access_upload(request.user, upload_id)
        item = resumable.finish(upload)
        return _headers(Response({
            "id": str(upload.pk), "case": upload.target_case.slug, "file_name": upload.file_name,
            "length": upload.length, "offset": upload.offset,
            "item": item.pk if item else None, "sha256": item.sha256 if item else None,
        }), upload)  # fmt: skip

    @extend_schema(exclude=True)
    def patch(self, request: Request, upload_id: str) -> Response:
        upload = resumable.access_upload(request.user, upload_id)
        if request.content_type != PATCH_TYPE:
            raise resumable.UploadRefused(415, f"send the bytes as {PATCH_TYPE}")
        offset = resumable.parse_length(request.headers.get("Upload-Offset"), "Upload-Offset")
        content_length = resumable.parse_length(
            request.META.get("CONTENT_LENGTH") or "0", "Content-Length"
        )
        upload = resumable.append(upload, offset=offset, content_length=content_length,
                                  read=request._request.read)  # fmt: skip
        if upload.item is not None and isinstance(
            request.successful_authenticator, SessionAuthentication
        ):
            # The browser goes on to the evidence list, which says what was added.
            messages.success(
                request._request, _("Added; SHA-256 %(hash)s.") % {"hash": upload.item.sha256}
            )
        return _headers(Response(status=204), upload)

    @extend_schema(exclude=True)
    def delete(self, request: Request, upload_id: str) -> Response:
        resumable.terminate(resumable.access_upload(request.user, upload_id))
        return _headers(Response(status=204))
