"""The case dashboard: the figures as ``records.figures`` defines them, each a way in."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from rightsledger.records import vocabulary as v
from rightsledger.records.figures import FIGURES
from rightsledger.records.summary import dashboard_figures
from rightsledger.web.access import case_access
from rightsledger.web.views.base import render_case


def _link(slug: str, view: str, **query: Any) -> str:
    url = reverse(view, kwargs={"slug": slug})
    return f"{url}?{urlencode(query)}" if query else url


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    access = case_access(request, slug)
    figures = dashboard_figures(access.case)
    summary = figures.summary
    counted = summary["figures"]

    def drill(key: str) -> str:
        return reverse("registry-figure", kwargs={"slug": slug, "figure": key})

    # The figures, as ``records.figures`` defines them; each drills down to its persons.
    # Each figure is named on the page by its key (data-figure), never by its position.
    killed_figures = [
        ("killed_women", _("of whom women"), counted["killed_women"], drill("killed_women")),
        ("killed_men", _("of whom men"), counted["killed_men"], drill("killed_men")),
        ("killed_children", _("of whom children"), counted["killed_children"],
         drill("killed_children")),
        ("killed_elderly", _("of whom elderly"), counted["killed_elderly"],
         drill("killed_elderly")),
    ]  # fmt: skip
    by_status = [
        (figure.key, str(figure.label), counted[figure.key], drill(figure.key))
        for figure in FIGURES
        if not figure.part_of and figure.key != "killed"
    ]
    acts_by_type = [
        (label, summary["acts_by_type"][value], _link(slug, "case-acts", act_type=value))
        for value, label in v.ActType.choices
        if summary["acts_by_type"][value]
    ]
    context = {
        "summary": summary,
        "by_status": by_status,
        "killed_total": (counted["killed"], drill("killed")),
        "killed_figures": killed_figures,
        "acts_by_type": acts_by_type,
        "evidence": summary.get("evidence_items"),
        "figures": figures,
    }
    return render_case(request, access, "records/dashboard.html", context)
