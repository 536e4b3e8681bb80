"""What the views share: rendering with the case's access, writing a form through actions, and
deleting a record after confirmation.

A form's ``write()`` calls action functions inside one transaction: either everything it
writes is kept, or (on any validation error) nothing is. The same path answers the live
validation of a form: the write is attempted and then rolled back, so the browser is told
exactly the errors a real submission would meet, without saving anything.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError, RestrictedError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rightsledger.cases.actions import delete_object
from rightsledger.web.access import CaseAccess
from rightsledger.web.deletion import plan_deletion, plan_from_refusal

VALIDATE_HEADER = "X-Validate-Only"
PAGE_SIZE = 50


def render_case(
    request: HttpRequest,
    access: CaseAccess,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
) -> HttpResponse:
    full = {"access": access, "case": access.case, **(context or {})}
    return render(request, template, full, status=status)


def is_validation_request(request: HttpRequest) -> bool:
    return request.method == "POST" and request.headers.get(VALIDATE_HEADER) == "true"


def save_form(request: HttpRequest, *forms: Any) -> Any | None:
    """Validate every form and let the first one write; the written object, or None.

    ``forms[0].write()`` does the writing (it may read the other forms, such as a formset).
    Errors raised by the actions are put beside the fields they name.
    """
    valid = [form.is_valid() for form in forms]  # every form, so every error is shown
    if not all(valid):
        if is_validation_request(request):
            for form in forms:
                if hasattr(form, "check_model"):
                    form.check_model()
        return None
    main = forms[0]
    try:
        with transaction.atomic():
            result = main.write()
            if hasattr(main, "check_written"):  # sanity checks on what was just written
                main.check_written(result)
            if is_validation_request(request):
                transaction.set_rollback(True)
    except ValidationError as error:
        main.add_action_error(error)
        return None
    return result


def validation_response(*forms: Any) -> JsonResponse:
    """Errors by field name (as in the HTML form), for the live validation script."""
    errors: dict[str, list[str]] = {}
    general: list[str] = []
    for form in forms:
        for form_ in getattr(form, "forms", [form]):
            for name, found in form_.errors.items():
                if name == "__all__":
                    general.extend(str(m) for m in found)
                else:
                    errors[form_.add_prefix(name)] = [str(m) for m in found]
        if hasattr(form, "non_form_errors"):
            general.extend(str(m) for m in form.non_form_errors())
    return JsonResponse({"errors": errors, "general": general})


def edit_page(
    request: HttpRequest,
    access: CaseAccess,
    forms: list[Any],
    *,
    title: str,
    success_url: Any,
    template: str = "web/form.html",
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    """The usual create/edit page: show, validate live, or write and go to ``success_url``.

    ``success_url`` is called with the written object. An invalid submission is answered
    with the form, its errors beside the fields, and status 400.
    """
    if request.method == "POST":
        written = save_form(request, *forms)
        if is_validation_request(request):
            return validation_response(*forms)
        if written is not None:
            messages.success(request, _("Saved."))
            # Doubtful but possible: saved as given, and said so.
            for warning in getattr(forms[0], "warnings", ()):
                messages.warning(request, str(warning))
            return redirect(success_url(written))
    status = 400 if request.method == "POST" else 200
    full = {"form": forms[0], "extra_forms": forms[1:], "title": title, **(context or {})}
    return render_case(request, access, template, full, status=status)


def delete_page(
    request: HttpRequest,
    access: CaseAccess,
    obj: models.Model,
    *,
    title: str,
    deleted_message: str,
    list_url: str,
    cancel_url: str,
) -> HttpResponse:
    """Confirm a deletion (GET), or delete through ``delete_object`` and go to the list (POST).

    The confirmation names what would be deleted with the record and what stops it. A
    deletion that other records protect is refused before anything is written; should the
    database still refuse (a dependent added meanwhile), the action's transaction leaves
    neither deletion nor history entry, and the page names what blocked it. Refusals are
    answered with status 409.
    """
    slug = access.case.slug
    plan = plan_deletion(obj, user=request.user, slug=slug)
    status = 200
    if request.method == "POST":
        if plan.allowed:
            try:
                delete_object(obj, acting_user=request.user)
            except (ProtectedError, RestrictedError) as refusal:
                plan = plan_deletion(obj, user=request.user, slug=slug)
                if plan.allowed:
                    plan = plan_from_refusal(refusal, slug=slug)
            else:
                messages.success(request, deleted_message)
                return redirect(list_url)
        status = 409
    context = {
        "title": title, "object": obj, "plan": plan, "cancel_url": cancel_url,
        "refused": request.method == "POST",
    }  # fmt: skip
    return render_case(request, access, "web/delete.html", context, status=status)
