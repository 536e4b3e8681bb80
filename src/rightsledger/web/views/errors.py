"""The page of a bad request: what was wrong, where the application can say it."""

from __future__ import annotations

from django.core.exceptions import BadRequest
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class ExplainedBadRequest(BadRequest):
    """A bad request whose message the application wrote, so it may be shown to the user."""


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # Only our own messages are shown: others (a forged Host header…) may echo the input.
    problem = str(exception) if isinstance(exception, ExplainedBadRequest) else ""
    return render(request, "400.html", {"problem": problem}, status=400)
