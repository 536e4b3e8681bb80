"""Logging in (both steps), one's password and two-factor page, administrators inviting
users, and the API token."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from rightsledger.accounts import twofactor
from rightsledger.accounts.forms import CodeForm, ConfirmForm
from rightsledger.accounts.tokens import api_token_for
from rightsledger.cases.forms import InviteForm, PasswordForm, all_accounts


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@never_cache
@sensitive_post_parameters("code")
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """After the password: the code from the authenticator app, or a recovery code."""
    user: Any = request.user
    if user.is_verified() or not twofactor.has_two_factor(user):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = twofactor.device_for_code(user, form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
            form.mark_invalid()
        else:
            otp_login(request, device)
            return redirect(_next_url(request))
    context = {"form": form, "title": _("Two-factor code"), "next": _next_url(request)}
    status_code = 400 if request.method == "POST" else 200
    return render(request, "accounts/verify.html", context, status=status_code)


@never_cache
@sensitive_post_parameters("code")
@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator (QR code and secret), renew recovery codes, or turn off."""
    user: Any = request.user
    action = request.POST.get("action") if request.method == "POST" else None
    codes: list[str] | None = None
    form = ConfirmForm(request.POST if action == "confirm" else None)
    try:
        if action == "confirm" and form.is_valid():
            device = twofactor.pending_authenticator(user)
            codes = twofactor.confirm_authenticator(
                user=user, device=device, code=form.cleaned_data["code"]
            )
            otp_login(request, device)  # the code just given proves the second factor
        elif action == "renew":
            codes = twofactor.renew_recovery_codes(user=user)
        elif action == "off":
            twofactor.turn_off_two_factor(user=user, acting_user=user)
            messages.success(request, _("Two-factor authentication is off."))
            return redirect("two-factor")
    except ValidationError as error:
        form.add_action_error(error)
    enabled = twofactor.has_two_factor(user)
    context: dict[str, Any] = {
        "title": _("Two-factor authentication"),
        "enabled": enabled,
        "required": twofactor.two_factor_required(user),
        "codes": codes,
        "next": _next_url(request) if codes is not None else None,
    }
    if enabled:
        context["remaining"] = twofactor.remaining_recovery_codes(user)
    else:
        device = twofactor.pending_authenticator(user)
        context.update(
            form=form, qr_svg=twofactor.qr_svg(device), secret=twofactor.secret_text(device)
        )
    failed = action is not None and codes is None
    return render(request, "accounts/two_factor.html", context, status=400 if failed else 200)


class TokenRequest(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)
    code = serializers.CharField(max_length=32, required=False, allow_blank=True)


@extend_schema(
    request=TokenRequest,
    responses={
        200: inline_serializer("TokenResponse", {"token": serializers.CharField()}),
        400: OpenApiResponse(description="Wrong user name, password or code."),
        403: OpenApiResponse(description="Two-factor authentication must be set up first."),
        429: OpenApiResponse(description="Too many failed attempts (login throttle)."),
    },
)
@api_view(["POST"])
@authentication_classes([])
@permission_classes([AllowAny])
def obtain_token(request: Request) -> Response:
    """A token for the API from a user name, a password and, where it is on, a code.

    The password is checked by ``authenticate`` with the HTTP request, so the login
    throttle counts and refuses here as on the login pages.
    """
    data = TokenRequest(data=request.data)
    data.is_valid(raise_exception=True)
    user = authenticate(
        request._request,
        username=data.validated_data["username"],
        password=data.validated_data["password"],
    )
    if user is None:
        return Response(
            {"detail": _("The user name or the password is not correct.")},
            status=status.HTTP_400_BAD_REQUEST,
        )
    if twofactor.has_two_factor(user):
        try:
            twofactor.device_for_code(user, data.validated_data.get("code", ""))
        except ValidationError as error:
            return Response({"code": error.messages}, status=status.HTTP_400_BAD_REQUEST)
    elif twofactor.two_factor_required(user):
        return Response(
            {"detail": _("Set up two-factor authentication in the browser first.")},
            status=status.HTTP_403_FORBIDDEN,
        )
    return Response({"token": api_token_for(user)})


# Logging in, changing one's password, and administrators inviting users.


class LoginView(auth_views.LoginView):
    """Django's login; refused passwords answer 400.

    Throttling (django-axes, in ``authenticate``) and the second factor (a middleware) apply
    to this form as to every other way in: see ``rightsledger.accounts``.
    """

    def form_invalid(self, form: Any) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response


@login_required
def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            form.write()
        except ValidationError as error:
            form.add_action_error(error)
        else:
            update_session_auth_hash(request, request.user)  # type: ignore[arg-type]
            messages.success(request, _("Your password has been changed."))
            return redirect("home")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "web/form.html",
        {"form": form, "title": _("Change your password")},
        status=status,
    )


@login_required
def users(request: HttpRequest) -> HttpResponse:
    """Administrators create accounts; the temporary password is shown once, here."""
    if not request.user.is_superuser:
        raise PermissionDenied
    form = InviteForm(request.POST or None, user=request.user)
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            created = form.write()
        except ValidationError as error:
            form.add_action_error(error)
    status = 400 if request.method == "POST" and created is None else 200
    context = {
        "form": form,
        "created": created,
        "temporary_password": form.password if created else None,
        "accounts": all_accounts(),
    }
    return render(request, "accounts/users.html", context, status=status)
