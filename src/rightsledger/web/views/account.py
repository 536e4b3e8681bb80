"""Logging in (throttled), changing one's password, and administrators inviting users."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rightsledger.web.forms.accounts import InviteForm, PasswordForm, all_accounts
from rightsledger.web.security import LoginThrottle


class ThrottledLoginView(auth_views.LoginView):
    """Django's login, refusing further tries after repeated failures (status 429)."""

    throttle = LoginThrottle()

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        username = request.POST.get("username", "")
        if self.throttle.blocked(request, username):
            form = self.get_form()
            form.errors.clear()
            form.add_error(
                None, _("Too many failed attempts. Wait a quarter of an hour and try again.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        response: Any = super().post(request, *args, **kwargs)
        return response

    def form_valid(self, form: Any) -> HttpResponse:
        self.throttle.succeeded(self.request, form.get_user().get_username())
        return super().form_valid(form)

    def form_invalid(self, form: Any) -> HttpResponse:
        self.throttle.failed(self.request, self.request.POST.get("username", ""))
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
    return render(request, "web/users.html", context, status=status)
