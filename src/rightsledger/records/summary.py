"""Headline counts of a case for the dashboard and the API, cached by the case's version.

The figures themselves are defined once, in ``rightsledger.records.figures``; this module
adds the counts of records (events, acts by type, sources, claims, evidence) and keeps the
result until the case's history chain moves on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.cache import cache
from django.db.models import Count

from rightsledger.cases.models import Case, ChainHead
from rightsledger.jobs.runner import job_kind
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v
from rightsledger.records.figure_counts import persons_by_status as persons_by_status_of
from rightsledger.records.figures import counts as figure_counts
from rightsledger.records.figures import figure_count

logger = logging.getLogger(__name__)


KILLED_BREAKDOWN = {"total": "killed", "women": "killed_women", "men": "killed_men",
                    "children": "killed_children", "elderly": "killed_elderly"}  # fmt: skip


def killed_breakdown(case: Case, figures: dict[str, int] | None = None) -> dict[str, int]:
    """Persons killed, and of whom women, men, children and elderly (``figures`` rules)."""
    if figures is not None:
        return {name: figures[key] for name, key in KILLED_BREAKDOWN.items()}
    return {name: figure_count(case, key) for name, key in KILLED_BREAKDOWN.items()}


def evidence_count(case: Case) -> int | None:
    """Evidence items of the case, or None where the evidence app is not installed."""
    if not apps.is_installed("rightsledger.evidence"):
        return None
    return int(apps.get_model("evidence", "EvidenceItem").objects.filter(case=case).count())


# The whole case's figures, persons by status and persons, read from running counts where an
# app above this one keeps them (the registry's ``tallies``); None counts them here.
FigureReader = Callable[[Case], tuple[dict[str, int], dict[str, int], int]]
_figure_reader: FigureReader | None = None


def install_figure_reader(reader: FigureReader | None) -> None:
    global _figure_reader
    _figure_reader = reader


def case_summary(case: Case) -> dict[str, Any]:
    if _figure_reader is not None:
        figures, persons_by_status, persons = _figure_reader(case)
    else:
        persons_by_status = persons_by_status_of(case)
        figures = figure_counts(case, by_status=persons_by_status)
        persons = rm.Person.objects.filter(case=case).count()
    acts_by_type = dict.fromkeys(v.ActType.values, 0)
    for act_row in (
        rm.Act.objects.filter(case=case).order_by().values("act_type").annotate(n=Count("pk"))
    ):
        acts_by_type[act_row["act_type"]] = act_row["n"]
    return {
        "case": case.slug,
        "persons": persons,
        "persons_by_victim_status": persons_by_status,
        "killed": killed_breakdown(case, figures),
        "figures": figures,
        "events": rm.Event.objects.filter(case=case).count(),
        "acts": sum(acts_by_type.values()),
        "acts_by_type": acts_by_type,
        "sources": rm.Source.objects.filter(case=case).count(),
        "claims": rm.Claim.objects.filter(case=case).count(),
        "evidence_items": evidence_count(case),
    }


def summary_version(case: Case) -> int:
    """The case's content version: the sequence number of its history chain's head."""
    from rightsledger.cases.history import chain_key

    head = ChainHead.objects.filter(key=chain_key(case)).values_list("sequence", flat=True)
    return head.first() or 0


def _case_key(case: Case) -> str:
    # The creation time joins the id so a key can never be inherited by a later case that
    # happens to reuse an id (after a rolled-back creation, or in a restored database).
    return f"{case.pk}:{case.created_at.timestamp():.6f}"


def _summary_key(case: Case, version: int) -> str:
    return f"rightsledger:summary:{_case_key(case)}:{version}"


def _latest_key(case: Case) -> str:
    return f"rightsledger:summary-latest:{_case_key(case)}"


def _count_and_keep(case: Case, version: int, timeout: int) -> dict[str, Any]:
    summary = case_summary(case)
    cache.set(_summary_key(case, version), summary, timeout)
    latest = cache.get(_latest_key(case))
    if latest is None or latest[0] <= version:
        cache.set(_latest_key(case), (version, summary), timeout)
    return summary


def cached_case_summary(case: Case, *, timeout: int = 24 * 3600) -> dict[str, Any]:
    """``case_summary``, reused until the case's history chain moves on.

    Every write to a case appends to its history chain (the one write path), so the chain
    head's sequence number is an exact version of the case's content: the cached figures
    can never be stale, and a million-person dashboard is counted once per change, not once
    per view.
    """
    version = summary_version(case)
    summary = cache.get(_summary_key(case, version))
    if summary is None:
        summary = _count_and_keep(case, version, timeout)
    return summary


@dataclass(frozen=True)
class DashboardFigures:
    """Figures for display: exact for ``counted_at``; ``current`` is the case's version now."""

    summary: dict[str, Any]
    counted_at: int
    current: int

    @property
    def recounting(self) -> bool:
        return self.counted_at != self.current


def dashboard_figures(case: Case, *, timeout: int = 24 * 3600) -> DashboardFigures:
    """The figures for the dashboard, never making the reader wait for a recount.

    Counting a million-person case takes seconds. After a change, the figures last counted
    (and the version they were counted at) are shown at once while a background job
    counts the new version; the page says so. With no earlier count, or when background
    counting is off (``RIGHTSLEDGER_SUMMARY_IN_BACKGROUND``), the count is made here.
    """
    from django.conf import settings

    version = summary_version(case)
    summary = cache.get(_summary_key(case, version))
    if summary is not None:
        return DashboardFigures(summary, version, version)
    latest = cache.get(_latest_key(case))
    if latest is None or not getattr(settings, "RIGHTSLEDGER_SUMMARY_IN_BACKGROUND", False):
        return DashboardFigures(_count_and_keep(case, version, timeout), version, version)
    # One recount per version at a time, whichever request notices the change first; it runs
    # as a job of the one background mechanism (``rightsledger.jobs``).
    if cache.add(f"rightsledger:summary-counting:{case.pk}:{version}", True, 600):
        start_recount(case, version, timeout)
    return DashboardFigures(latest[1], latest[0], version)


def start_recount(case: Case, version: int, timeout: int) -> None:
    from rightsledger.jobs.runner import submit

    submit(case=case, kind=RECOUNT_JOB, parameters={"version": version, "timeout": timeout},
           acting_user=None)  # fmt: skip


RECOUNT_JOB = "recount-figures"


@job_kind(RECOUNT_JOB)
def recount_job(job: Any, report: Any) -> dict[str, Any]:
    """Count the case's figures for a version and keep them (a failed recount is retried by
    the next view once the counting lock expires)."""
    version, timeout = int(job.parameters["version"]), int(job.parameters["timeout"])
    summary = _count_and_keep(job.case, version, timeout)
    return {"version": version, "killed": summary["figures"]["killed"]}
