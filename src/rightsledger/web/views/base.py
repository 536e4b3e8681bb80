"""What the views share: rendering with the case's access, and writing a form through actions.

A form's ``write()`` calls action functions inside one transaction: either everything it
writes is kept, or (on any validation error) nothing is. The same path answers the live
validation of a form: the write is attempted and then rolled back, so the browser is told
exactly the errors a real submission would meet, without saving anything.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rightsledger.web.access import CaseAccess

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


def submit(request: HttpRequest, *forms: Any) -> Any | None:
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
        written = submit(request, *forms)
        if is_validation_request(request):
            return validation_response(*forms)
        if written is not None:
            messages.success(request, _("Saved."))
            return redirect(success_url(written))
    status = 400 if request.method == "POST" else 200
    full = {"form": forms[0], "extra_forms": forms[1:], "title": title, **(context or {})}
    return render_case(request, access, template, full, status=status)
