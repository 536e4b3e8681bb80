"""Template helpers of the legal pages, and the small panels other pages include."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from rightsledger.legal.queries import LinkView, case_matrices

register = template.Library()

ANALYZE = "analyze"
_PAGES = {"claim": "case-claim", "act": "case-act", "event": "case-event", "person": "case-person"}


@register.simple_tag
def target_url(link: LinkView, slug: str) -> str:
    """Where a linked record is shown ("" for a record no longer in the case)."""
    if not link.found:
        return ""
    if link.target_kind in _PAGES:
        return reverse(_PAGES[link.target_kind], kwargs={"slug": slug, "pk": link.target_id})
    if link.target_kind == "involvement" and link.act_id:
        return reverse("case-act", kwargs={"slug": slug, "pk": link.act_id})
    if link.target_kind == "evidence":
        return f"/api/evidence/{link.target_id}/download/?purpose=legal+analysis"
    return ""


@register.inclusion_tag("legal/_dashboard_panel.html", takes_context=True)
def qualifications_panel(context: dict[str, Any]) -> dict[str, Any]:
    """The case's proposed qualifications and their gaps, for the case dashboard."""
    case, access = context.get("case"), context.get("access")
    request = context.get("request")
    if case is None or request is None:
        return {"matrices": [], "case": None}
    return {
        "case": case,
        "matrices": case_matrices(case, request.user),
        "can_analyze": bool(access and access.may(ANALYZE)),
    }


@register.simple_tag(takes_context=True)
def legal_link_from(context: dict[str, Any], kind: str, pk: int) -> str:
    """A "link to a legal element" button for a claim, act or evidence item (analysts only)."""
    access, case = context.get("access"), context.get("case")
    if access is None or case is None or not access.may(ANALYZE):
        return ""
    url = reverse("case-legal-link-from", kwargs={"slug": case.slug, "kind": kind, "pk": pk})
    return format_html('<a class="button small" href="{}" data-legal-link>{}</a>', url,
                       _("Link to a legal element"))  # fmt: skip


@register.filter
def link_kind_label(kind: str) -> str:
    from rightsledger.legal.forms import LINK_KIND_LABELS

    return str(LINK_KIND_LABELS.get(kind, kind))
