"""Russian persons taken somewhere «где» they were held and beaten: «Четверых пассажиров
военнослужащие доставили в расположение части, где удерживали и избивали».

The count is the object of a verb of taking (доставили, привезли, увезли, отвезли …) and has
no act of its own; the clause «, где …» after the place says what was done to the persons
there. Held there, they were captured when soldiers or fighters took them, detained when
anyone else did; beaten or tortured there, they were tortured, a part of the same persons.
A verb of taking that is itself a detention («доставили в отдел полиции») gives the held; the
clause adds the hurt.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import unread
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.takers import ARMED_STEMS
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, DASHES, Token

_TAKE = frozenset({"доставить", "привезти", "отвезти", "увезти", "вывезти", "перевезти",
                   "увести", "отвести", "привести", "вывести"})  # fmt: skip
# Who capture rather than detain, by stem: soldiers, servicemen, fighters, gunmen.
_ARMED = ARMED_STEMS["ru"]
_CLAUSE_END = CLAUSE_STOPS | DASHES | {":", "(", ")"}
_REACH = 12  # tokens from the count to its verb, and from the verb to «где»
_HOLD = "detained"
_HURT = "tortured"
_SUBGROUP = "subgroup:"


def add_held_where_taken(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], lex: Lexicon,
    language: str,
) -> list[Figure]:  # fmt: skip
    """``figures`` and the held and the hurt for each count taken to where that was done."""
    if language != "ru":
        return figures
    added: list[Figure] = []
    for quantity in unread(quantities, figures):
        if quantity.count is None or quantity.zero:
            continue
        if quantity.non_count or not _persons(quantity.noun):
            continue
        verb = _verb_of_taking(tokens, quantity.end_token + 1, lex)
        if verb is None:
            continue
        acts = _acts_where(tokens, verb + 1, lex)
        held: Figure | None = None
        group = (
            quantity.noun.removeprefix(_SUBGROUP) if quantity.noun.startswith(_SUBGROUP) else "all"
        )
        if _HOLD in acts:
            armed = any(t.lower.startswith(_ARMED) for t in tokens[quantity.first : verb])
            category = "captured" if armed else "detained"
            held = Figure(quantity, category, subgroup=group, bound="clause")
            added.append(held)
        if _HURT in acts:
            added.append(Figure(quantity, _HURT, subgroup=group, parent=held, bound="clause"))
    for figure in figures:
        # Taken to a police station, a verb of detention of its own («сотрудники полиции
        # доставили в отдел»): the clause after the place adds only the hurt.
        trigger = figure.trigger
        if figure.category != _HOLD or trigger is None or figure.parent is not None:
            continue
        if not any(t.key in _TAKE for t in tokens[trigger.first : trigger.last + 1]):
            continue
        if _HURT in _acts_where(tokens, trigger.last + 1, lex):
            added.append(
                Figure(figure.quantity, _HURT, subgroup=figure.subgroup, parent=figure,
                       bound="clause")
            )  # fmt: skip
    return [*figures, *added]


def _persons(noun: str) -> bool:
    return noun in {PERSON, "", UNKNOWN} or names_group(noun)


def _verb_of_taking(tokens: list[Token], start: int, lex: Lexicon) -> int | None:
    """The verb of taking after the count, before any act or clause end."""
    for k in range(start, min(len(tokens), start + _REACH)):
        token = tokens[k]
        if token.text in _CLAUSE_END or lex.trigger_set.match_span(tokens, k) is not None:
            return None
        if token.key in _TAKE:
            return k
    return None


def _acts_where(tokens: list[Token], start: int, lex: Lexicon) -> set[str]:
    """The acts of the «, где …» clause after the place the persons were taken to."""
    k = start
    while k < len(tokens) and k - start < _REACH and tokens[k].text not in _CLAUSE_END:
        if tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower == "где":
            break
        k += 1
    else:
        return set()
    acts: set[str] = set()
    k += 2
    while k < len(tokens) and tokens[k].text not in _CLAUSE_END:
        trigger = lex.trigger_set.match_span(tokens, k)
        if trigger is not None:
            acts.add(trigger[0].value)
            k += trigger[1]
            continue
        k += 1
    return acts
