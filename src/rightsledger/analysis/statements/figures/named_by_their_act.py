"""A Russian part's marker that names its whole by the very act of a part counted before
(«поступили 58 человек … госпитализированы 37 … Из госпитализированных 8 находятся в
реанимации»): the whole is the 37 hospitalised, not the 58 their act is a degree of. The
marker's participle and the earlier figure's own verb are one word (one dictionary form);
a marker of the broader act («Из пострадавших») keeps the whole found for it, and so does one
whose word names persons counted before by no act of their own («96 бывших задержанных»)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure, within
from rightsledger.analysis.statements.tokens import Token

# The part's own verb, finite or a short participle («госпитализированы 37»): a participle
# that names persons («опросил 96 бывших задержанных») counts them by no act of its own.
_PREDICATES = frozenset({"VERB", "PRTS"})


def ru_part_named_by_its_act(
    tokens: list[Token], marker: tuple[int, int], whole: Figure | None, before: list[Figure]
) -> Figure | None:
    """The latest part of ``whole`` told before the marker whose own verb is the marker's
    participle, or ``whole``."""
    if whole is None:
        return None
    words = {tokens[k].key for k in range(marker[0], marker[1] + 1) if tokens[k].pos == "PRTF"}
    if not words:
        return whole
    named = [
        f
        for f in before
        if f.trigger is not None
        and f.last < marker[0]
        and f.category == whole.category
        and tokens[f.trigger.first].pos in _PREDICATES
        and tokens[f.trigger.first].key in words
        and within(f, whole)
    ]
    return named[-1] if named else whole
