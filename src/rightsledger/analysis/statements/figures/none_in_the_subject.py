"""A "none" whose act is named only in its subject: "No one held in the remand centre has
been charged", "None of the detainees has yet been tried". English names those it denies
something of by a participle or a noun of their fate; what is denied is the predicate after
the finite verb, and where that predicate is no act of ours the sentence says nothing of how
many were held (English; "No one was held" and "None of the detainees was hurt" are nones)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure, Trigger
from rightsledger.analysis.statements.quantities.reading import EN_ADDED_TO_NONE
from rightsledger.analysis.statements.tokens import Token

# Finite verbs that open the predicate after an English subject.
_FINITE = frozenset(
    {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may"}
)
# Words between the finite verb and the verb it carries: "has yet been charged".
_BEFORE_THE_VERB = frozenset({"yet", "still", "not", "never", "ever", "been", "be", "so", "far"})
# What ends a subject's clause before any predicate: then no predicate is found.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})


def _predicate(tokens: list[Token], figure: Figure, end: int) -> tuple[int, int] | None:
    """The finite verb after the none's subject and the first word of the predicate past
    its auxiliaries."""
    for k in range(figure.quantity.last + 1, end):
        if tokens[k].text in _CLAUSE_ENDS:
            return None
        if tokens[k].lower in _FINITE:
            j = k + 1
            while j < end and tokens[j].lower in _BEFORE_THE_VERB:
                j += 1
            # A participle, not a noun the copula says they were ("none of the dead were
            # civilians" says who the dead were).
            participle = j < end and (
                tokens[j].lower.endswith("ed") or tokens[j - 1].lower == "been"
            )
            return (k, j) if participle else None
    return None


def nones_of_acts_in_the_subject(
    tokens: list[Token], trigger_at: dict[int, Trigger], figures: list[Figure], end: int
) -> list[Figure]:
    """The figures less the English nones whose act is named only in their subject and whose
    predicate is no act ("No one detained at the rally has been charged")."""
    kept: list[Figure] = []
    for figure in figures:
        trigger = figure.trigger
        found = _predicate(tokens, figure, end) if figure.quantity.zero else None
        if found is None:
            kept.append(figure)
            continue
        finite, verb = found
        quantity = figure.quantity
        if (
            trigger is not None
            and trigger.first == quantity.last + 1
            and tokens[quantity.first].lower == "no"
            and all(t.lower in EN_ADDED_TO_NONE for t in tokens[quantity.first + 1 : trigger.first])
        ):
            # "No deaths were recorded", "no new arrests": the act's own noun is denied
            kept.append(figure)
            continue
        # With no trigger the act is the counted noun's, which stands in the subject.
        if (trigger is not None and trigger.last >= finite) or verb in trigger_at:
            kept.append(figure)
    return kept
