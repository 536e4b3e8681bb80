"""Refuse oversized request bodies before anything reads them: the API with JSON, a page's
form with a page that says what was too large (a browser without JavaScript sends the file
before any check on the page can stop it)."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme


class RequestSizeLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = self._limit_for(request.path)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return JsonResponse({"detail": "Invalid Content-Length header."}, status=400)
        if length > limit:
            if not request.path.startswith("/api/"):
                return _too_large_page(request, length, limit)
            return JsonResponse(
                {"detail": f"The request body is too large (limit {limit} bytes)."}, status=413
            )
        if "\x00" in request.GET.urlencode() or any("\x00" in v for v in request.GET.values()):
            # PostgreSQL cannot compare text with NUL; no filter value legitimately has one.
            return JsonResponse({"detail": "Query parameters may not contain NUL."}, status=400)
        return self.get_response(request)

    @staticmethod
    def _limit_for(path: str) -> int:
        # Keys are path prefixes, or regular expressions matched at the path's start.
        for pattern, limit in getattr(settings, "LARGE_UPLOAD_PATHS", {}).items():
            if path.startswith(pattern) or re.match(pattern, path):
                return int(limit)
        return int(settings.MAX_REQUEST_BYTES)


def _too_large_page(request: HttpRequest, length: int, limit: int) -> HttpResponse:
    # Before the session and locale middleware: the language is the browser's.
    language = translation.get_language_from_request(request)
    back = request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    with translation.override(language):
        page = render_to_string("413.html", {
            "language": language, "size": filesizeformat(length),
            "limit": filesizeformat(limit), "back": back,
        })  # fmt: skip
    return HttpResponse(page, status=413)
