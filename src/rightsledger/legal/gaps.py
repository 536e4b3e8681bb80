"""What an element of a qualification still lacks: the gap rules, defined once.

Plain Python, without Django: the matrix page, the dashboard, the API, the CLI and the exports
all read a row's gaps from ``gaps_of``.  Only what *supports* an element counts here;
contradicting material is shown beside it, and weighing the two is the analyst's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Gap", "Support", "gaps_of", "is_corroborated"]

WEAK_GRADES = frozenset({"E", "F"})  # unreliable, or reliability cannot be judged
CONFIRMED_CREDIBILITY = 1  # "confirmed by other sources"


class Gap(StrEnum):
    NOTHING_LINKED = "nothing_linked"
    ONLY_UNCORROBORATED_CLAIMS = "only_uncorroborated_claims"
    ONLY_WEAK_SOURCES = "only_weak_sources"


@dataclass(frozen=True)
class Support:
    """One item linked in support of an element.

    ``kind`` is ``claim``, ``record`` or ``evidence``; ``reliability`` the A–F grade of the
    source it comes from (None when no source is known); ``credibility`` a claim's 1–6 grade.
    """

    kind: str
    source_id: int | None = None
    reliability: str | None = None
    credibility: int | None = None


def is_corroborated(claims: Sequence[Support]) -> bool:
    """Claims corroborate each other when at least two sources make them, or when one is
    graded as confirmed by other sources."""
    sources = {claim.source_id for claim in claims if claim.source_id is not None}
    return len(sources) >= 2 or any(c.credibility == CONFIRMED_CREDIBILITY for c in claims)


def gaps_of(supporting: Sequence[Support]) -> tuple[Gap, ...]:
    """The gaps of one element, from what supports it (empty when none applies).

    * nothing linked in support;
    * only claims, not corroborated (one source, none graded confirmed) — no record or
      evidence item behind them;
    * every supporting item comes from a source graded E or F (items whose source is not
      known are not counted as weak: they are shown without a grade).
    """
    if not supporting:
        return (Gap.NOTHING_LINKED,)
    found = []
    if all(item.kind == "claim" for item in supporting) and not is_corroborated(supporting):
        found.append(Gap.ONLY_UNCORROBORATED_CLAIMS)
    if all(item.reliability in WEAK_GRADES for item in supporting):
        found.append(Gap.ONLY_WEAK_SOURCES)
    return tuple(found)
