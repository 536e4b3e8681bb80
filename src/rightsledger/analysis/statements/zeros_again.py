"""A zero said twice in one sentence is one figure: «Атака обошлась без жертв: … никто не погиб и
не пострадал», "There were no casualties: no one was killed". A zero that names no group counts no event of its own
to tell apart, so the second saying adds nothing (as a headline's zero said again below, in
``repeats``)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.repeats import _restates
from rightsledger.analysis.statements.tokens import Token, sentences


def drop_zeros_said_again(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without a zero that an earlier zero of its sentence already gives."""
    sentence_of = {k: n for n, span in enumerate(sentences(tokens)) for k in range(*span)}
    kept: list[Figure] = []
    for figure in figures:
        if _bare_zero(figure) and any(
            _bare_zero(earlier)
            and sentence_of.get(earlier.quantity.first) == sentence_of.get(figure.quantity.first)
            and _restates(figure, earlier)
            for earlier in kept
        ):
            continue
        kept.append(figure)
    return kept


def _bare_zero(figure: Figure) -> bool:
    """A zero that names no one of its own ("no one", «никто», «без жертв»): "No civilians were
    hurt, and none of the hostages" are two groups' zeros."""
    quantity = figure.quantity
    return (
        quantity.zero
        and figure.parent is None
        and quantity.np_last < 0
        and not quantity.group_of
        and quantity.noun in {"", PERSON}
    )
