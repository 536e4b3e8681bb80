"""A case's background jobs: each one's status and progress while it runs, its outcome after,
and cancelling or retrying it; and the page of a job of no case yet (an import making its
case), which its starter alone sees until the job has its case, then the case's job page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rightsledger.jobs.actions import JobStateError, cancel_job, retry_job
from rightsledger.jobs.lease import workers_alive
from rightsledger.jobs.models import Job
from rightsledger.jobs.runner import permission_for, refresh_interrupted
from rightsledger.web.access import CaseAccess, case_access
from rightsledger.web.views.base import render_case

LISTED = 100


def _job(request: HttpRequest, access: CaseAccess, pk: int, *, to_change: bool = False) -> Job:
    job = Job.objects.get_restricted_or_404(request.user, "view", case=access.case, pk=pk)
    if to_change and not access.may(permission_for(job.kind)):
        raise Http404
    return refresh_interrupted(job)


@login_required
def job_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    job = _job(request, access, pk)
    # A job whose outcome has a page of its own (a stored estimate) names it in its result.
    follow = (job.result or {}).get("next") if job.status == Job.Status.DONE else None
    if follow:
        return redirect(follow[0], slug=slug, pk=follow[1])
    may = access.may(permission_for(job.kind))
    context: dict[str, Any] = {
        "title": _("Background job"),
        "job": job,
        "running": job.active,
        "can_cancel": may and job.active and not job.cancel_requested,
        "can_retry": may and job.status in {Job.Status.FAILED, Job.Status.CANCELLED},
        "no_worker": job.status == Job.Status.QUEUED and not workers_alive(),
    }
    return render_case(request, access, "jobs/job.html", context)


def _job_of_no_case(request: HttpRequest, pk: int, *, to_change: bool = False) -> Job:
    """A job through the one access check, which shows a job of no case to its starter alone."""
    job = Job.objects.get_restricted_or_404(request.user, "view", pk=pk)
    if to_change:
        job = Job.objects.get_restricted_or_404(request.user, permission_for(job.kind), pk=pk)
    return refresh_interrupted(job)


@login_required
def job_page(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_of_no_case(request, pk)
    if job.case_id is not None:  # it has made its case (which the access check let through)
        return redirect("case-job", slug=job.case.slug, pk=pk)
    return render(request, "jobs/job.html", {
        "title": _("Background job"),
        "job": job,
        "running": job.active,
        "can_cancel": job.active and not job.cancel_requested,
        "no_worker": job.status == Job.Status.QUEUED and not workers_alive(),
    })  # fmt: skip


def _cancel(request: HttpRequest, job: Job) -> None:
    """Cancel ``job`` for the page, saying what became of it (both job pages do this)."""
    try:
        job = cancel_job(job, acting_user=request.user)
    except JobStateError:
        messages.error(request, _("This job has finished: there is nothing to cancel."))
        return
    if job.status == Job.Status.CANCELLED:
        messages.success(request, _("The job is cancelled."))
    else:
        messages.success(request, _("The job is asked to stop; it stops within seconds."))


@login_required
@require_POST
def job_page_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_of_no_case(request, pk, to_change=True)
    if job.case_id is not None:
        return redirect("case-job", slug=job.case.slug, pk=pk)  # cancelled there, if at all
    _cancel(request, job)
    return redirect("job", pk=pk)


@login_required
def job_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    jobs = Job.objects.restrict(request.user, "view").filter(case=access.case)
    return render_case(request, access, "jobs/jobs.html", {
        "title": _("Background jobs"),
        "jobs": jobs.select_related("created_by").order_by("-pk")[:LISTED],
        "no_worker": jobs.filter(status=Job.Status.QUEUED).exists() and not workers_alive(),
    })  # fmt: skip


@login_required
@require_POST
def job_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    job = _job(request, access, pk, to_change=True)
    _cancel(request, job)
    return redirect("case-job", slug=slug, pk=pk)


@login_required
@require_POST
def job_retry(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    access = case_access(request, slug)
    job = _job(request, access, pk, to_change=True)
    try:
        retry_job(job, acting_user=request.user)
    except JobStateError:
        messages.error(request, _("Only a failed or cancelled job can be retried."))
    else:
        messages.success(request, _("The job is queued again."))
    return redirect("case-job", slug=slug, pk=pk)
