"""Content-Security-Policy and the login throttle.

The policy allows scripts, styles, images and requests from this origin only: no inline
script or style, no eval, nothing from any other host (the application works offline).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

DEFAULT_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", DEFAULT_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response


class LoginThrottle:
    """Counts failed logins per client address and per user name in the cache.

    After ``limit`` failures within ``window`` seconds, further attempts from that address or
    for that name are refused until the window passes — a password guesser gets a handful of
    tries per quarter hour, a person who mistyped is barely slowed.
    """

    def __init__(self, limit: int | None = None, window: int | None = None) -> None:
        configured_limit: int = getattr(settings, "LOGIN_FAILURE_LIMIT", 5)
        configured_window: int = getattr(settings, "LOGIN_FAILURE_WINDOW", 15 * 60)
        self.limit = limit or configured_limit
        self.window = window or configured_window

    @staticmethod
    def _keys(request: HttpRequest, username: str) -> list[str]:
        address = request.META.get("REMOTE_ADDR", "")
        name = hashlib.sha256(username.strip().casefold().encode("utf-8")).hexdigest()[:32]
        return [f"rightsledger:login:addr:{address}", f"rightsledger:login:user:{name}"]

    def blocked(self, request: HttpRequest, username: str) -> bool:
        return any((cache.get(key) or 0) >= self.limit for key in self._keys(request, username))

    def failed(self, request: HttpRequest, username: str) -> None:
        for key in self._keys(request, username):
            cache.add(key, 0, self.window)
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, self.window)

    def succeeded(self, request: HttpRequest, username: str) -> None:
        cache.delete(self._keys(request, username)[1])
