"""Claims as a statement gives them: the count with its qualifier, and the subgroup."""

from __future__ import annotations

from django import template

from rightsledger.records import models as rm

register = template.Library()


@register.filter
def claim_count(claim: rm.Claim) -> str:
    if claim.count is None and claim.count_low is None and not claim.qualifier_words:
        return ""
    return claim.count_text


@register.filter
def claim_subgroup(claim: rm.Claim) -> str:
    """The subgroup's name, or nothing for everyone."""
    if claim.subgroup in {"", "all"}:
        return ""
    return claim.subgroup_text
