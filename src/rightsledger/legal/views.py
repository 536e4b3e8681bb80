"""The shared legal catalogue in the browser: reading it (everyone signed in), and the
administrators' changes to its texts and to the shared act-type mapping."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rightsledger.legal import actions
from rightsledger.legal.forms import MappingForm, TextsForm
from rightsledger.legal.models import ActTypeMapping, Crime, Element, Instrument, Provision
from rightsledger.legal.queries import catalogue, mapping_table
from rightsledger.web.views.base import save_form

# What an administrator edits on each kind of entry, in every language.
TEXT_NAMES: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "instrument": (Instrument, ("title", "short_title", "edition")),
    "provision": (Provision, ("title", "summary")),
    "crime": (Crime, ("name",)),
    "element": (Element, ("text",)),
}


@login_required
def catalogue_page(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    chosen = request.GET.get("instrument", "").strip()[:16]
    everything = catalogue()
    shown = catalogue(instrument=chosen or None, query=query)
    context = {
        "title": _("Legal catalogue"), "instruments": shown, "q": query, "chosen": chosen,
        "all_instruments": [(i.code, i.short_title or i.code) for i in everything],
        "found": sum(len(i.provisions) for i in shown),
        "can_edit": request.user.is_superuser,
    }  # fmt: skip
    return render(request, "legal/catalogue.html", context)


def _administrator(request: HttpRequest) -> None:
    try:
        actions.require_administrator(request.user)
    except PermissionDenied:
        raise PermissionDenied(
            _("Only administrators change the shared legal catalogue.")
        ) from None


@login_required
def entry_edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    _administrator(request)
    if kind not in TEXT_NAMES:
        return render(request, "404.html", status=404)
    model, names = TEXT_NAMES[kind]
    entry = get_object_or_404(model, pk=pk)
    form = TextsForm(request.POST or None, entry=entry, user=request.user, names=names)
    if request.method == "POST" and save_form(request, form) is not None:
        messages.success(request, _("Saved. The change is in the history."))
        return redirect(f"{reverse('legal-catalogue')}?q={_code_of(entry)}")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "title": _("Change “%(entry)s”") % {"entry": _code_of(entry)},
               "cancel_url": reverse("legal-catalogue")}  # fmt: skip
    return render(request, "web/form.html", context, status=status)


def _code_of(entry: Any) -> str:
    if isinstance(entry, Element):
        return entry.crime.code
    return str(entry.code)


@login_required
def mappings(request: HttpRequest) -> HttpResponse:
    """The shared mapping from act types to provisions and crimes; administrators change it."""
    form = None
    if request.user.is_superuser:
        form = MappingForm(request.POST or None, user=request.user)
        if request.method == "POST" and save_form(request, form) is not None:
            messages.success(request, _("Saved. The change is in the history."))
            return redirect("legal-mappings")
    elif request.method == "POST":
        _administrator(request)
    context = {"title": _("Act types and the law they may engage"), "table": mapping_table(None, request.user),
               "form": form, "can_edit": form is not None}  # fmt: skip
    return render(
        request, "legal/mappings.html", context, status=400 if form and form.errors else 200
    )


@login_required
@require_POST
def mapping_remove(request: HttpRequest, pk: int) -> HttpResponse:
    _administrator(request)
    mapping = get_object_or_404(ActTypeMapping, pk=pk, case__isnull=True)
    actions.remove_act_type_mapping(mapping, acting_user=request.user)
    messages.success(request, _("Removed. The change is in the history."))
    return redirect("legal-mappings")
