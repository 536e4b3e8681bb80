"""The registry in the browser: figures and their persons, list import, review, estimates.

Thin views: forms check the input, the registry's functions and background jobs do the work,
and every query goes through ``restrict`` (via ``case_access``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rightsledger.jobs.runner import submit
from rightsledger.records import figures as f
from rightsledger.records.models import Event, Person
from rightsledger.records.queries import persons_of_event
from rightsledger.registry.forms import DecisionForm, EstimateForm, MappingForm, UploadForm
from rightsledger.registry.importing import ListFileError, load_mapping
from rightsledger.registry.importing.mapping import ColumnMapping
from rightsledger.registry.models import COLUMN_LABELS, ListImport, SourceRecord, StoredEstimate
from rightsledger.registry.previewing import ListPreview, list_preview
from rightsledger.registry.reasons import pair_reasons
from rightsledger.registry.review import decide_pair, merge_persons, pending_pairs, split_person
from rightsledger.registry.stats import FIGURES, case_figures, differences
from rightsledger.staging import stage_upload, upload_dir
from rightsledger.web.access import case_access
from rightsledger.web.views.base import render_case

OPTIONS = "options.json"
SHOWN_FIELDS = ("record_id", "full_name", "given_name", "surname", "patronymic", "sex",
                "birth_date", "birth_year", "age", "place_of_origin", "event_date",
                "event_place", "status_as_given", "family_id")  # fmt: skip


def _event_of(request: HttpRequest, access: Any) -> Event | None:
    raw = request.GET.get("event") or ""
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 18:
        raise Http404
    return Event.objects.get_restricted_or_404(request.user, "view", case=access.case, pk=int(raw))


def _figures_context(access: Any, event: Event | None) -> dict[str, Any]:
    figures = case_figures(access.case, event=event)
    return {"figures": figures, "event": event,
            "differences": [s for s in (differences(r) for r in figures.rows) if s]}  # fmt: skip


@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    imports = (
        ListImport.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .select_related("source")
    )
    pending = pending_pairs(access.case).count()
    return render_case(request, access, "registry/overview.html", {
        "title": _("Victim registry"), "imports": imports, "pending": pending,
        **_figures_context(access, None),
    })  # fmt: skip


@login_required
def figures_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Documented, claimed and estimated, for the case or one event (and the events in it)."""
    access = case_access(request, slug)
    event = _event_of(request, access)
    events = Event.objects.restrict(request.user, "view").filter(case=access.case)
    return render_case(request, access, "registry/figures.html", {
        "title": _("Figures"), "events": events, **_figures_context(access, event),
    })  # fmt: skip


@login_required
def figure_persons(request: HttpRequest, slug: str, figure: str) -> HttpResponse:
    access = case_access(request, slug)
    if figure not in FIGURES:
        raise Http404
    event = _event_of(request, access)
    members = f.figure_persons(
        access.case, figure, persons=persons_of_event(event) if event else None
    ).restrict(request.user, "view")
    page = Paginator(members.order_by("display_name", "pk"), 50).get_page(request.GET.get("page"))
    persons = list(page.object_list)
    records = (
        SourceRecord.objects.restrict(request.user, "view")
        .filter(case=access.case, person__in=persons, documented=False)
        .select_related("source", "person", "list_import", "raw_row")
        .order_by("person_id", "pk")
    )
    grouped: dict[int, list[SourceRecord]] = {}
    for record in records:
        grouped.setdefault(record.person_id or 0, []).append(record)
    return render_case(request, access, "registry/figure.html", {
        "title": str(f.BY_KEY[figure].label), "figure": figure, "page": page, "event": event,
        "groups": [(p, grouped.get(p.pk, [])) for p in persons],
    })  # fmt: skip


@login_required
def import_upload(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, "change")
    events = Event.objects.restrict(request.user, "change").filter(case=access.case)
    form = UploadForm(request.POST or None, request.FILES or None,
                      events=[(e.pk, e.title) for e in events])  # fmt: skip
    if request.method == "POST" and form.is_valid():
        token, folder, _staged_name = stage_upload(form.cleaned_data["file"], "list.csv")
        (folder / "source.txt").write_text(form.cleaned_data["source_title"], encoding="utf-8")
        (folder / "mapping.yaml").write_text(form.cleaned_data["mapping"] or "", encoding="utf-8")
        options = {"reliability": form.cleaned_data["reliability"],
                   "event_id": form.cleaned_data["event"]}  # fmt: skip
        (folder / OPTIONS).write_text(json.dumps(options), encoding="utf-8")
        return redirect(f"{request.path}confirm/?token={token}")
    return render_case(request, access, "registry/import.html", {"form": form,
                                                                 "title": _("Import a list")})  # fmt: skip


def _upload(token: str) -> tuple[Path, Path]:
    if not token.isalnum():
        raise Http404
    folder = upload_dir() / token
    files = [p for p in folder.glob("*") if p.name not in {"source.txt", "mapping.yaml", OPTIONS}]
    if not files:
        raise Http404
    return folder, files[0]


@login_required
def import_confirm(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, "change")
    token = request.POST.get("token") or request.GET.get("token", "")
    folder, path = _upload(token)
    try:
        base = (
            load_mapping(folder / "mapping.yaml")
            if (folder / "mapping.yaml").stat().st_size
            else ColumnMapping()
        )
        # Read by the job runner, never in this request: a list can take minutes to read.
        report = list_preview(access.case, request.user, token, path)
        if not isinstance(report, ListPreview):
            return render_case(request, access, "registry/preview_pending.html", {
                "title": _("Reading the list"), "job": report}, status=202)  # fmt: skip
        first = report.first
    except (ListFileError, yaml.YAMLError) as error:
        return render_case(request, access, "registry/import.html", {
            "form": UploadForm(), "error": str(error), "title": _("Import a list")}, status=400)  # fmt: skip
    initial = {c: report.header[i] for c, i in report.columns.items()}
    form = MappingForm(request.POST or None, header=report.header, initial_columns=initial,
                       initial={"token": token})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        job = submit(case=access.case, kind="import-list", acting_user=request.user, parameters={
            "token": token, "file_name": path.name,
            "source_title": (folder / "source.txt").read_text(encoding="utf-8"),
            "columns": form.columns(), "status_values": base.status_values,
            "skip_invalid": form.cleaned_data["skip_invalid"],
            **(json.loads((folder / OPTIONS).read_text(encoding="utf-8"))
               if (folder / OPTIONS).exists() else {}),
        })  # fmt: skip
        return redirect("case-job", slug=slug, pk=job.pk)
    return render_case(request, access, "registry/confirm.html", {
        "title": _("Check the list before importing"), "report": report, "first": first,
        "form": form, "file_name": path.name,
    })  # fmt: skip


@login_required
@require_POST
def link(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, "change")
    job = submit(case=access.case, kind="link", parameters={}, acting_user=request.user)
    return redirect("case-job", slug=slug, pk=job.pk)


@login_required
def review(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    if request.method == "POST":
        access = case_access(request, slug, "change")
        form = DecisionForm(request.POST)
        if form.is_valid():
            try:
                _decide(access, request.user, form.cleaned_data)
                messages.success(request, _("Decision recorded; it binds every later linkage run."))
            except ValidationError as error:
                messages.error(request, "; ".join(error.messages))
        return redirect(f"{request.path}?page={request.GET.get('page', '1')}")
    # A few pairs at a time, decided from the keyboard (see registry/review.js).
    pairs = Paginator(pending_pairs(access.case, request.user), 5).get_page(request.GET.get("page"))
    rows = [(pair, [(COLUMN_LABELS[name], getattr(pair.record_a, name), getattr(pair.record_b, name))
                    for name in SHOWN_FIELDS
                    if getattr(pair.record_a, name) or getattr(pair.record_b, name)],
             pair_reasons(pair))
            for pair in pairs]  # fmt: skip
    return render_case(request, access, "registry/review.html", {
        "title": _("Review queue"), "page": pairs, "rows": rows})  # fmt: skip


def _decide(access: Any, user: Any, data: dict[str, Any]) -> None:
    """Record the decision; "same person" also joins the two persons now, not at the next run."""
    decide_pair(case=access.case, acting_user=user, **data)
    if data["verdict"] != "match":
        return
    records = SourceRecord.objects.restrict(user, "change").filter(
        case=access.case, pk__in=[data["record_a"], data["record_b"]]
    )
    persons = {r.person_id for r in records if r.person_id}
    if len(persons) == 2:
        keep, other = Person.objects.restrict(user, "change").filter(pk__in=persons).order_by("pk")
        merge_persons(case=access.case, keep=keep, other=other, acting_user=user,
                      note=data.get("note", ""))  # fmt: skip


@login_required
@require_POST
def person_split(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Move the chosen list rows of a person into a new person (a decision binds it)."""
    access = case_access(request, slug, "change")
    person = Person.objects.get_restricted_or_404(request.user, "change", case=access.case, pk=pk)
    rows = [int(r) for r in request.POST.getlist("records") if r.isdigit() and len(r) < 19]
    try:
        new = split_person(case=access.case, person=person, record_ids=rows,
                           acting_user=request.user)  # fmt: skip
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
        return redirect("case-person", slug=slug, pk=pk)
    messages.success(request, _("The rows were moved to a person of their own."))
    return redirect("case-person", slug=slug, pk=new.pk)


@login_required
@require_POST
def person_merge(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Join another person's list rows to this one (a decision binds it)."""
    access = case_access(request, slug, "change")
    person = Person.objects.get_restricted_or_404(request.user, "change", case=access.case, pk=pk)
    raw = request.POST.get("other", "").strip()
    if not raw.isdigit() or len(raw) > 18:
        messages.error(request, _("Give the number of the person to join to this one."))
        return redirect("case-person", slug=slug, pk=pk)
    other = Person.objects.get_restricted_or_404(
        request.user, "change", case=access.case, pk=int(raw)
    )
    try:
        kept = merge_persons(case=access.case, keep=person, other=other, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
        return redirect("case-person", slug=slug, pk=pk)
    messages.success(request, _("The two persons are one now."))
    return redirect("case-person", slug=slug, pk=kept.pk)


@login_required
def estimates(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    form = EstimateForm(request.POST or None)
    if request.method == "POST":
        access = case_access(request, slug, "analyze")
        if form.is_valid():
            params = {k: v for k, v in form.cleaned_data.items() if v not in ("", None)}
            job = submit(case=access.case, kind="estimate", parameters=params,
                         acting_user=request.user)  # fmt: skip
            return redirect("case-job", slug=slug, pk=job.pk)
    stored = StoredEstimate.objects.restrict(request.user, "view").filter(case=access.case)
    return render_case(request, access, "registry/estimates.html", {
        "title": _("Estimates of the total"), "form": form, "stored": stored,
        "can_analyze": access.may("analyze"),
    })  # fmt: skip


@login_required
def estimate_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    stored = StoredEstimate.objects.get_restricted_or_404(
        request.user, "view", case=access.case, pk=pk
    )
    plot = _plot(stored, access.case)
    table = stored.capture_history
    patterns = list(zip(table["patterns"], table["counts"], strict=True))
    return render_case(request, access, "registry/estimate.html", {
        "title": _("Estimate"), "stored": stored, "plot": plot, "lists": table["lists"],
        "patterns": patterns,
    })  # fmt: skip


def _plot(stored: StoredEstimate, case: Any) -> str:
    """The estimate's chart (the case file draws the same), beside the number documented."""
    from rightsledger.reports.estimates import estimate_chart

    documented = None
    if stored.status_filter and not stored.stratify:
        figures = case_figures(case).figures
        documented = figures.get(stored.status_filter)
    chart = estimate_chart(stored, documented)
    return chart.img_tag() if chart is not None else ""
