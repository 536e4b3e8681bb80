"""The second factor, enforced in one place for every page, the admin and the API.

Whatever form took the password (the login page, the admin's login page), a session whose
user has a confirmed device is good for nothing but the code page until the code is given;
and in production an owner or administrator without a device is sent to set one up before
anything else.  Runs after django-otp's middleware (``request.user.is_verified``).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from rightsledger.accounts.twofactor import has_two_factor, two_factor_required


class TwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return self.get_response(request)
        if has_two_factor(user):
            return self._hold(request, "two-factor-verify", _("Give your two-factor code first."))
        if two_factor_required(user):
            return self._hold(request, "two-factor", _("Set up two-factor authentication first."))
        return self.get_response(request)

    def _hold(self, request: HttpRequest, url_name: str, message: str) -> HttpResponse:
        target = reverse(url_name)
        always_open = (target, reverse("logout"), reverse("set_language"))
        if request.path in always_open or request.path.startswith(f"/{settings.STATIC_URL}"):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=403)
        return HttpResponseRedirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
