"""Reading a statement into claims: paste or upload, review the drafts in the text, accept.

Nothing is written until the person accepts: the first step reads, the second shows the
drafts beside the text they came from, and accepting records the source, its text as an
evidence item and one claim per kept draft through ``records.actions.accept_statement``.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from rightsledger.analysis.statements import DraftClaim
from rightsledger.evidence.store import StoreError
from rightsledger.records.actions import accept_statement
from rightsledger.records.forms.statements import DraftFormSet, StatementForm, drafts_from
from rightsledger.records.statements import CaseReading, claim_fields, read_for_case
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import render_case

TEMPLATE = "records/sources/read.html"


@login_required
@require_http_methods(["GET", "POST"])
def statement_read(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, "change")
    form = StatementForm(
        request.POST or None, request.FILES or None, case=access.case, user=request.user
    )
    if request.method != "POST" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render_case(request, access, TEMPLATE, {"form": form, "title": _("Read a statement")},
                           status=status)  # fmt: skip
    text = form.cleaned_data["text"]
    reading = read_for_case(access.case, text, form.cleaned_data["language"])
    if request.POST.get("step") != "accept":
        initial = [_initial(claim) for claim in reading.reading.claims]
        formset = DraftFormSet(prefix="draft", initial=initial)
        return _review(request, access, form, reading, formset)
    formset = DraftFormSet(request.POST, prefix="draft")
    problems: list[str] = []
    if formset.is_valid():
        try:
            accepted = accept_statement(
                case=access.case, acting_user=request.user, text=text,
                drafts=drafts_from(formset, text), source_fields=form.source_fields(),
            )  # fmt: skip
        except ValidationError as error:
            problems = error.messages
        except StoreError:
            problems = [_("The evidence store cannot be written to: nothing was saved.")]
        else:
            messages.success(
                request,
                _("%(count)s claims recorded from the statement.")
                % {"count": len(accepted.claims)},
            )
            return redirect("case-source", slug=slug, pk=accepted.source.pk)
    return _review(request, access, form, reading, formset, problems, status=400)


def _initial(claim: DraftClaim) -> dict[str, Any]:
    fields = claim_fields(claim)
    return {
        "keep": True,
        **{name: fields[name] for name in (
            "category", "subgroup", "subgroup_label", "qualifier", "count", "count_low",
            "count_high", "qualifier_words", "as_stated", "start", "end",
        )},
        "parent": claim.parent + 1 if claim.parent is not None else None,
    }  # fmt: skip


def _review(
    request: HttpRequest,
    access: CaseAccess,
    form: StatementForm,
    reading: CaseReading,
    formset: Any,
    problems: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    claims = reading.reading.claims
    rows = [
        (number, row_form, claims[number - 1] if number <= len(claims) else None)
        for number, row_form in enumerate(formset.forms, 1)
    ]
    context = {
        "form": form, "formset": formset, "rows": rows, "reading": reading.reading,
        "places": reading.places, "instruments": reading.instruments,
        "segments": highlighted(form.cleaned_data["text"], claims), "problems": problems or [],
        "title": _("Read a statement"), "review": True,
    }  # fmt: skip
    return render_case(request, access, TEMPLATE, context, status=status)


def highlighted(text: str, claims: tuple[DraftClaim, ...]) -> list[tuple[str, int | None]]:
    """The text in pieces, each with the number of the draft it states (or None)."""
    pieces: list[tuple[str, int | None]] = []
    position = 0
    spans = sorted((c.start, c.end, n) for n, c in enumerate(claims, 1))
    for start, end, number in spans:
        if start < position:
            continue  # overlapping words stay with the first draft
        pieces.append((text[position:start], None))
        pieces.append((text[start:end], number))
        position = end
    pieces.append((text[position:], None))
    return [(piece, number) for piece, number in pieces if piece]
