"""Headline counts of a case, computed from its records in a handful of grouped queries."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from rightsledger.cases.models import Case
from rightsledger.records import models as rm
from rightsledger.records import vocabulary as v


def case_summary(case: Case) -> dict[str, Any]:
    persons_by_status = dict.fromkeys(v.VictimStatus.values, 0)
    rows = (
        rm.StatusRecord.objects.filter(case=case)
        .order_by()
        .values("status")
        .annotate(persons=Count("person", distinct=True))
    )
    for row in rows:
        persons_by_status[row["status"]] = row["persons"]
    acts_by_type = dict.fromkeys(v.ActType.values, 0)
    for act_row in (
        rm.Act.objects.filter(case=case).order_by().values("act_type").annotate(n=Count("pk"))
    ):
        acts_by_type[act_row["act_type"]] = act_row["n"]
    return {
        "case": case.slug,
        "persons": rm.Person.objects.filter(case=case).count(),
        "persons_by_victim_status": persons_by_status,
        "events": rm.Event.objects.filter(case=case).count(),
        "acts": sum(acts_by_type.values()),
        "acts_by_type": acts_by_type,
        "sources": rm.Source.objects.filter(case=case).count(),
        "claims": rm.Claim.objects.filter(case=case).count(),
    }
