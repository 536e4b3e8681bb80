"""Evidence in the browser: the case's items, and uploading files into the store.

The upload streams straight into the content-addressed store: the store's upload handler is
installed before anything reads the body, which is why CSRF is checked after it (the
pattern Django documents for custom upload handlers).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from rightsledger.evidence import actions
from rightsledger.evidence.models import EvidenceItem
from rightsledger.evidence.store import StoreError
from rightsledger.evidence.uploads import ReceivedUpload, StoreUploadHandler
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import render_case


@login_required
def evidence_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    items = (
        EvidenceItem.objects.restrict(request.user, "view")
        .filter(case=access.case, derived_from__isnull=True)
        .order_by("-pk")
    )
    query = request.GET.get("q", "").strip()
    if query:
        items = items.filter(extracted_text__icontains=query) | items.filter(
            original_name__icontains=query
        )
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    return render_case(request, access, "evidence/list.html", {
        "title": _("Evidence"), "page": page, "q": query})  # fmt: skip


@csrf_exempt
@login_required
def evidence_upload(request: HttpRequest, slug: str) -> HttpResponse:
    # Access first, before a byte of the body is read: 404 for anyone who may not add.
    access = case_access(request, slug, "change")
    if request.method == "POST":
        handler = StoreUploadHandler(request)
        request.upload_handlers = [handler]
        try:
            return _receive(request, access)
        finally:
            # Whatever the answer (a CSRF refusal too, which comes after the body was read
            # into the staging area), the staged file goes; a stored one is in the store.
            handler.discard()
    return _form(request, access)


@csrf_protect
def _form(request: HttpRequest, access: CaseAccess, error: str = "") -> HttpResponse:
    # With its script, the page sends the file in pieces of this size (resumable uploads).
    chunk_size = settings.EVIDENCE_UPLOAD_CHUNK_BYTES
    return render_case(request, access, "evidence/upload.html",
                       {"title": _("Add evidence"), "error": error, "chunk_size": chunk_size},
                       status=400 if error else 200)  # fmt: skip


@csrf_protect
def _receive(request: HttpRequest, access: CaseAccess) -> HttpResponse:
    received: Any = request.FILES.get("file")
    if not isinstance(received, ReceivedUpload):
        return _form(request, access, _("Choose a file to upload."))
    description = request.POST.get("description", "")[:5000]
    received_from = request.POST.get("received_from", "")[:300]
    try:
        path = received.commit()
        result = actions.ingest_stored(
            case=access.case, digest=received.digest, path=path, file_name=received.name,
            acting_user=request.user, description=description, received_from=received_from,
            purpose="upload through the web interface",
        )  # fmt: skip
    except ValidationError as error:
        return _form(request, access, "; ".join(error.messages))
    except StoreError as error:
        return _form(
            request,
            access,
            _("The evidence store cannot be used now: %(error)s") % {"error": error},
        )
    finally:
        received.discard()  # the staging file, once it is stored (or refused)
    if result.created:
        messages.success(request, _("Added; SHA-256 %(hash)s.") % {"hash": result.item.sha256})
    else:
        messages.info(request, _("These exact bytes are already an item of the case; recorded."))
    return redirect("case-evidence", slug=access.case.slug)
