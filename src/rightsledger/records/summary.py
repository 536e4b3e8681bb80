"""Headline counts of a case, computed from its records in a handful of grouped queries.

Ages are reckoned the same way everywhere (here, and in the filters of the lists the
dashboard links to), so that a figure and the list behind it always agree:

* a person's recorded ``age_at_event`` wins;
* otherwise the age is the year of the reference date less the birth year (``birth_year``,
  else the year of ``birth_date``) — whole years, so it may be one year high near a birthday;
* the reference date of a status is its own date, else its act's date, else the start of the
  act's event; that of an involvement is its act's date, else the event's start.

Children are under 18, the elderly 60 or over.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.cache import cache
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, QuerySet
from django.db.models.expressions import Combinable
from django.db.models.functions import Coalesce, ExtractYear

from rightsledger.cases.models import Case, ChainHead
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v

logger = logging.getLogger(__name__)

CHILD_BELOW = 18
ELDERLY_FROM = 60
AGE_GROUPS = ("child", "adult", "elderly")


def _age_expression(person: str, reference_dates: list[str]) -> Combinable:
    """The age at the reference date of the person reached through ``person``."""
    birth_year = Coalesce(
        F(f"{person}birth_year"),
        ExtractYear(f"{person}birth_date"),
        output_field=IntegerField(),
    )
    reference_year = ExtractYear(Coalesce(*reference_dates))
    return Coalesce(
        F(f"{person}age_at_event"),
        reference_year - birth_year,
        output_field=IntegerField(),
    )


def status_age() -> Combinable:
    """The victim's age when a status record's fact happened (on StatusRecord)."""
    return _age_expression(
        "person__", ["date", "involvement__act__date", "involvement__act__event__start_date"]
    )


def involvement_age() -> Combinable:
    """The person's age at the time of an involvement's act (on Involvement)."""
    return _age_expression("person__", ["act__date", "act__event__start_date"])


def age_group_q(group: str, prefix: str = "age") -> Q:
    """A condition on an annotated age for one of ``AGE_GROUPS``."""
    if group == "child":
        return Q(**{f"{prefix}__lt": CHILD_BELOW})
    if group == "elderly":
        return Q(**{f"{prefix}__gte": ELDERLY_FROM})
    if group == "adult":
        return Q(**{f"{prefix}__gte": CHILD_BELOW, f"{prefix}__lt": ELDERLY_FROM})
    raise ValueError(f"unknown age group {group!r}")


def persons_in_age_group(
    persons: QuerySet[rm.Person], group: str, status: str | None = None
) -> QuerySet[rm.Person]:
    """Persons of ``group`` — at the time of a status of ``status`` when one is given.

    With a status, this is exactly the set the dashboard's "killed, of whom children" counts.
    """
    if status:
        statuses = (
            rm.StatusRecord.objects.filter(person_id=OuterRef("pk"), status=status)
            .annotate(age=status_age())
            .filter(age_group_q(group))
        )
        return persons.filter(Exists(statuses))
    involvements = (
        rm.Involvement.objects.filter(person_id=OuterRef("pk"))
        .annotate(age=involvement_age())
        .filter(age_group_q(group))
    )
    return persons.filter(Exists(involvements) | age_group_q(group, "age_at_event"))


def killed_breakdown(case: Case) -> dict[str, int]:
    """Persons killed, and of whom women, children and elderly (one grouped query)."""
    killed = (
        rm.StatusRecord.objects.filter(case=case, status=v.VictimStatus.KILLED)
        .order_by()
        .annotate(age=status_age())
    )
    result = killed.aggregate(
        total=Count("person", distinct=True),
        women=Count("person", distinct=True, filter=Q(person__sex=v.Sex.FEMALE)),
        children=Count("person", distinct=True, filter=age_group_q("child")),
        elderly=Count("person", distinct=True, filter=age_group_q("elderly")),
    )
    return {key: int(value or 0) for key, value in result.items()}


def evidence_count(case: Case) -> int | None:
    """Evidence items of the case, or None while no evidence app is installed."""
    if not apps.is_installed("rightsledger.evidence"):
        return None
    for model in apps.get_app_config("evidence").get_models():
        if model.__name__ in {"EvidenceItem", "Item", "Evidence"}:
            return int(model._default_manager.filter(case=case).count())
    return None


def case_summary(case: Case) -> dict[str, Any]:
    # One DISTINCT per status walks the (case, status, person) index in order: far cheaper
    # at a million rows than COUNT(DISTINCT …) GROUP BY status, which sorts them all.
    persons_by_status = {
        status: rm.StatusRecord.objects.filter(case=case, status=status)
        .order_by()
        .values("person_id")
        .distinct()
        .count()
        for status in v.VictimStatus.values
    }
    acts_by_type = dict.fromkeys(v.ActType.values, 0)
    for act_row in (
        rm.Act.objects.filter(case=case).order_by().values("act_type").annotate(n=Count("pk"))
    ):
        acts_by_type[act_row["act_type"]] = act_row["n"]
    return {
        "case": case.slug,
        "persons": rm.Person.objects.filter(case=case).count(),
        "persons_by_victim_status": persons_by_status,
        "killed": killed_breakdown(case),
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
    (and the version they were counted at) are shown at once while a background thread
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
    # One recount per version at a time, whichever request notices the change first.
    if cache.add(f"rightsledger:summary-counting:{case.pk}:{version}", True, 600):
        threading.Thread(
            target=_recount_in_background, args=(case.pk, version, timeout), daemon=True
        ).start()
    return DashboardFigures(latest[1], latest[0], version)


def _recount_in_background(case_pk: int, version: int, timeout: int) -> None:
    from django.db import connections

    try:
        case = Case.objects.get(pk=case_pk)
        _count_and_keep(case, version, timeout)
    except Exception:  # a failed recount is retried by the next view after the lock expires
        logger.exception("counting the figures of case %s failed", case_pk)
    finally:
        # A thread of its own closes the connections it opened; run inline (tests), the
        # caller's connection is not ours to close.
        if threading.current_thread() is not threading.main_thread():
            connections.close_all()
