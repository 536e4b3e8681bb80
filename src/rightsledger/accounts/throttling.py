"""Login throttling with django-axes: one account's failures and one address's, apart.

Axes sees every password check made through ``django.contrib.auth.authenticate`` — the
login page, the admin's login page and the API token endpoint alike — and refuses further
checks once a limit is reached.  Axes compares a single number with a single limit; this
handler counts an account's failures (whatever the address) and an address's failures
(whatever the account) separately and holds each to its own limit, so that

* guessing one account's password from many addresses stops at the per-account limit, and
* one address trying many accounts stops at the per-address limit, which is higher:
  the colleagues of a careless user (or of an attacker) behind the same proxy or NAT are
  not locked out by a few failures that are not theirs.
"""

from __future__ import annotations

from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# The order the handler reads the counts in: first per account, then per address.
LOCKOUT_PARAMETERS = ["username", "ip_address"]


def _failures(attempts: Any) -> int:
    return int(attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0)


class SeparateLimitsHandler(AxesDatabaseHandler):
    """Axes' database handler, with a limit per account and a higher one per address."""

    def get_failures(self, request: Any, credentials: dict[str, Any] | None = None) -> int:
        by_account, by_address = self.get_user_attempts(request, credentials)
        account = _failures(by_account)
        if _failures(by_address) >= settings.LOGIN_FAILURES_PER_ADDRESS:
            # Axes locks out at AXES_FAILURE_LIMIT (the per-account limit): an address
            # over its own limit is reported as at least that.
            return max(account, settings.LOGIN_FAILURES_PER_ACCOUNT)
        return account

    def reset_user_attempts(self, request: Any, credentials: dict[str, Any] | None = None) -> int:
        # A successful login clears that account's failures only: an address's count
        # must not be wiped by whoever behind it knows one password.
        username = get_client_username(request, credentials)
        count, _deleted = AccessAttempt.objects.filter(username=username).delete()
        return count


def client_address(request: HttpRequest) -> str | None:
    """The client's address: behind the reverse proxy, the one the proxy saw.

    The proxy appends the address it received the request from to X-Forwarded-For; the
    entries before it come from the client and can be anything.
    """
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    address: str | None = request.META.get("REMOTE_ADDR")
    return address


def lockout_message() -> str:
    minutes = settings.LOGIN_LOCKOUT_MINUTES
    return ngettext(
        "Too many failed attempts. Wait %(minutes)d minute and try again.",
        "Too many failed attempts. Wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """429 with the reason: JSON for the API, a page for the browser."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": lockout_message()}, status=429)
    context = {"title": _("Log in"), "message": lockout_message()}
    return render(request, "accounts/locked_out.html", context, status=429)
