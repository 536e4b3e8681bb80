"""The registry in the browser: figures and their persons, list import, review, estimates.

Thin views: forms check the input, the registry's functions and background jobs do the work,
and every query goes through ``restrict`` (via ``case_access``).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import yaml
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import refresh_interrupted, submit
from rightsledger.records.models import Person
from rightsledger.registry.background import upload_dir
from rightsledger.registry.forms import DecisionForm, EstimateForm, MappingForm, UploadForm
from rightsledger.registry.importing import ListFileError, load_mapping, preview_list
from rightsledger.registry.importing.mapping import ColumnMapping
from rightsledger.registry.masking import hidden_persons, mask_records
from rightsledger.registry.models import ListImport, SourceRecord, StoredEstimate
from rightsledger.registry.plots import histogram_plot, profile_plot
from rightsledger.registry.review import decide_pair, pending_pairs
from rightsledger.registry.stats import FIGURES, registry_figures
from rightsledger.web.access import case_access
from rightsledger.web.views.base import render_case

SHOWN_FIELDS = ("record_id", "full_name", "given_name", "surname", "patronymic", "sex",
                "birth_date", "birth_year", "age", "place_of_origin", "event_date",
                "event_place", "status_as_given", "family_id")  # fmt: skip


@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    figures = registry_figures(access.case)
    imports = (
        ListImport.objects.restrict(request.user, "view")
        .filter(case=access.case)
        .select_related("source")
    )
    rows = [(name, figures.figures[name], figures.awaiting_review.get(name, 0),
             figures.claims.get(name, [])) for name in FIGURES]  # fmt: skip
    sources = sorted(figures.by_source)
    by_source = [(name, [figures.by_source[s].get(name, "") for s in sources]) for name in FIGURES
                 if name != "families_with_no_survivor"]  # fmt: skip
    pending = pending_pairs(access.case).count()
    return render_case(request, access, "registry/overview.html", {
        "title": _("Victim registry"), "figures": figures, "rows": rows, "imports": imports,
        "sources": sources, "by_source": by_source, "pending": pending,
    })  # fmt: skip


@login_required
def figure_persons(request: HttpRequest, slug: str, figure: str) -> HttpResponse:
    access = case_access(request, slug)
    if figure not in FIGURES:
        raise Http404
    person_ids = registry_figures(access.case).members[figure]
    page = Paginator(person_ids, 50).get_page(request.GET.get("page"))
    records = (
        SourceRecord.objects.restrict(request.user, "view")
        .filter(case=access.case, person_id__in=list(page.object_list))
        .select_related("source", "person")
        .order_by("person_id", "pk")
    )
    grouped: dict[int, list[SourceRecord]] = {}
    for record in mask_records(records, hidden_persons(access.case, request.user)):
        grouped.setdefault(record.person_id or 0, []).append(record)
    persons = {p.pk: p for p in Person.objects.restrict(request.user, "view")
               .filter(case=access.case, pk__in=list(page.object_list))}  # fmt: skip
    return render_case(request, access, "registry/figure.html", {
        "title": figure.replace("_", " "), "figure": figure, "page": page,
        "groups": [(persons.get(pid), grouped.get(pid, [])) for pid in page.object_list],
    })  # fmt: skip


@login_required
def import_upload(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug, "change")
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        token = uuid.uuid4().hex
        folder = upload_dir() / token
        folder.mkdir(parents=True)
        name = get_valid_filename(Path(form.cleaned_data["file"].name).name) or "list.csv"
        with (folder / name).open("wb") as out:
            for chunk in form.cleaned_data["file"].chunks():
                out.write(chunk)
        (folder / "source.txt").write_text(form.cleaned_data["source_title"], encoding="utf-8")
        (folder / "mapping.yaml").write_text(form.cleaned_data["mapping"] or "", encoding="utf-8")
        return redirect(f"{request.path}confirm/?token={token}")
    return render_case(request, access, "registry/import.html", {"form": form,
                                                                 "title": _("Import a list")})  # fmt: skip


def _upload(token: str) -> tuple[Path, Path]:
    if not token.isalnum():
        raise Http404
    folder = upload_dir() / token
    files = [p for p in folder.glob("*") if p.name not in {"source.txt", "mapping.yaml"}]
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
        report, first = preview_list(path, base, unmapped_ok=True)
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
                decide_pair(case=access.case, acting_user=request.user, **form.cleaned_data)
                messages.success(request, _("Decision recorded; it binds every later linkage run."))
            except ValidationError as error:
                messages.error(request, "; ".join(error.messages))
        return redirect("registry-review", slug=slug)
    pairs = Paginator(pending_pairs(access.case), 20).get_page(request.GET.get("page"))
    hidden = hidden_persons(access.case, request.user)
    for pair in pairs:
        mask_records([pair.record_a, pair.record_b], hidden)
    rows = [(pair, [(name, getattr(pair.record_a, name), getattr(pair.record_b, name))
                    for name in SHOWN_FIELDS
                    if getattr(pair.record_a, name) or getattr(pair.record_b, name)])
            for pair in pairs]  # fmt: skip
    return render_case(request, access, "registry/review.html", {
        "title": _("Review queue"), "page": pairs, "rows": rows})  # fmt: skip


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
    plot = _plot(stored)
    table = stored.capture_history
    patterns = list(zip(table["patterns"], table["counts"], strict=True))
    return render_case(request, access, "registry/estimate.html", {
        "title": _("Estimate"), "stored": stored, "plot": plot, "lists": table["lists"],
        "patterns": patterns,
    })  # fmt: skip


def _plot(stored: StoredEstimate) -> str:
    """The estimate's plot as SVG markup built from numbers only (nothing user-typed)."""
    if stored.estimate is None or stored.lower is None or stored.upper is None:
        return ""
    curve = (stored.result.get("diagnostics") or {}).get("profile")
    if curve:
        return profile_plot(curve, stored.estimate, stored.lower, stored.upper)
    histogram = stored.result.get("posterior_histogram")
    if histogram:
        return histogram_plot(histogram, stored.estimate, stored.lower, stored.upper)
    return ""


@login_required
def job_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    job = refresh_interrupted(Job.objects.get_restricted_or_404(request.user, "view",
                                                                case=access.case, pk=pk))  # fmt: skip
    if job.status == Job.Status.DONE and job.kind == "estimate" and job.result:
        return redirect("registry-estimate", slug=slug, pk=job.result["stored_estimate"])
    context: dict[str, Any] = {"title": _("Background job"), "job": job,
                               "running": job.status in {Job.Status.QUEUED, Job.Status.RUNNING}}  # fmt: skip
    return render_case(request, access, "registry/job.html", context)
