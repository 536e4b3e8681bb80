"""Refuse oversized request bodies before anything reads them."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse


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
