"""An Azerbaijani count whose own clause names no act of ours, and the next clause opened by
"onlar" (they) that says they remain in a state of ours: "8 nəfər barəsində cinayət işi
başlanıb, onlar həbsdə qalır" (a case was opened against 8 people; they remain in custody).
The pronoun takes up the count just before it, so the state is said of that count. A later
event told of them ("Kəndə 40 nəfər gəlib, onlar … qonşu rayona köçüb") is another clause's,
said of persons counted for something else. Where the clause before is one of two
parts of a whole said side by side ("Saxlanılanlardan 40-ı azad edilib, 8 nəfər …"), the
count is another part of that whole."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.figures.core import Trigger
from rightsledger.analysis.statements.figures.taking_back import unread
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, Token

_THEY = frozenset({"onlar"})
# "Qalır", "qalırlar", "qalmaqdadır": they remain (in custody, missing).
_REMAIN = "qal"
# How far past the count its clause may run before the comma ("barəsində cinayət işi başlanıb").
_REACH = 8


def add_counts_they_are_said_of(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    lex: Lexicon,
    language: str,
) -> list[Figure]:
    """``figures`` and a figure for each count a state after "onlar" is said of."""
    if language != "az":
        return figures
    added: list[Figure] = []
    for quantity in unread(quantities, figures):
        if quantity.noun != PERSON or quantity.count is None or quantity.non_count:
            continue
        comma = _comma_after(tokens, quantity.end_token + 1, lex)
        if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].lower not in _THEY:
            continue
        trigger = _act_in_clause(tokens, comma + 2, lex)
        category = resolve_category(trigger.value, PERSON) if trigger is not None else ""
        if not category:
            continue
        figure = Figure(quantity, category, trigger=trigger, bound="clause")
        figure.parent = _whole_of_the_part_before(figures, quantity, comma)
        added.append(figure)
    return [*figures, *added]


def _comma_after(tokens: list[Token], k: int, lex: Lexicon) -> int | None:
    """The comma that ends the count's clause, if no act and no stop stands before it."""
    for j in range(k, min(len(tokens), k + _REACH)):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in CLAUSE_ENDS or lex.trigger_set.match(tokens, j) is not None:
            return None
    return None


def _act_in_clause(tokens: list[Token], k: int, lex: Lexicon) -> Trigger | None:
    for j in range(k, len(tokens)):
        if tokens[j].text in CLAUSE_ENDS or tokens[j].kind == "num":
            return None
        matched = lex.trigger_set.match_span(tokens, j)
        if matched is not None:
            after = j + matched[1]
            if after < len(tokens) and tokens[after].lower.startswith(_REMAIN):
                return Trigger(j, after - 1, str(matched[0].value))
            return None
    return None


def _whole_of_the_part_before(
    figures: list[Figure], quantity: Quantity, comma: int
) -> Figure | None:
    """The whole of the part whose clause ends right before the count's, when both fit in it."""
    before = [f for f in figures if f.last < quantity.first and f.parent is not None]
    if not before:
        return None
    part = max(before, key=lambda f: f.last)
    whole = part.parent
    gap = range(part.last + 1, quantity.first)
    if whole is None or len(gap) > 2:
        return None
    most, counts = whole.quantity.count, (part.quantity.count, quantity.count)
    if most is None or None in counts or sum(c for c in counts if c is not None) > most:
        return None
    return whole
