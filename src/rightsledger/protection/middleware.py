"""One answer per reading request to who may see a protected identity.

A page or an API answer makes a dozen restricted queries, and the access path asks the
disclosure policy, for each, whether the reader may re-identify in the case and whom they
may not see: the same two questions, each a query. A request that only reads (GET, HEAD,
OPTIONS) cannot change the answers, so they are kept for it (``disclosure.answers_kept``);
a request that writes asks afresh every time.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from rightsledger.protection.disclosure import answers_kept

READING = frozenset({"GET", "HEAD", "OPTIONS"})


class DisclosureAnswersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in READING:
            return self.get_response(request)
        with answers_kept():
            return self.get_response(request)
