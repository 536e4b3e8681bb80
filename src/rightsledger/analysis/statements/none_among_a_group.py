"""A Russian "none" said of one group named after «среди» before the word of none
(«Погибших среди журналистов нет», «раненых среди сапёров в этом году нет»), or in the
genitive right after the noun of the act («Задержаний представителей СМИ не было»): a zero of
that group. A fate named before «среди» and another after it («Пропавших без вести среди
эвакуированных нет») is a zero of the first: the second only says where none was found. Two
groups joined («среди сотрудников полиции и граждан») are everyone, as are
persons the lexicon gives no group (residents, staff of no known kind); civilians are read by
``civilians``."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import Trigger, subgroup_of
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.morphology import russian_genitive_plural
from rightsledger.analysis.statements.tokens import Token

# How many words before the word of none «среди» may stand: the fate, the group and a
# phrase of time or source between («погибших среди сапёров в этом году нет»).
_AMONG_REACH = 8
# The parts of speech of a fate that names persons in the genitive («пропавших», «раненых»).
_FATE_NAMING_PERSONS = frozenset({"PRTF", "ADJF", "NOUN"})
# How many words a fate before «среди» may have («пропавших без вести»).
_FATE_REACH = 3
# Words that join a second group to the first.
_JOINING = frozenset({"и", "или", "а", "также"})


def mark_nones_among_a_group(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives a Russian zero the group named after «среди» before it."""
    if language != "ru":
        return
    for figure in figures:
        quantity = figure.quantity
        if quantity.zero:
            _give_the_fate_named_before_among(tokens, figure, lex)
        if not quantity.zero or figure.subgroup != "all" or figure.parent is not None:
            continue
        group = _group_among(tokens, quantity.first, lex) or _group_of_the_act(tokens, figure, lex)
        if group:
            figure.subgroup = group


def _group_among(tokens: list[Token], first: int, lex: Lexicon) -> str:
    for k in range(first - 1, max(-1, first - 1 - _AMONG_REACH), -1):
        if tokens[k].kind != "word":
            return ""
        if tokens[k].lower != "среди":
            continue
        found = lex.noun_set.match_span(tokens, k + 1)
        if found is None:
            return ""
        phrase, length = found
        group = subgroup_of(phrase.value)
        rest = tokens[k + 1 + length : first]
        if group == "all" or any(t.lower in _JOINING for t in rest):
            return ""
        return group
    return ""


def _group_of_the_act(tokens: list[Token], figure: Figure, lex: Lexicon) -> str:
    """«Задержаний представителей СМИ не было»: the group whose words run from right after
    the act's noun, which opens the clause, to the word of none."""
    trigger = figure.trigger
    first = figure.quantity.first
    if trigger is None or not 0 < trigger.last + 1 < first:
        return ""
    if trigger.first > 0 and tokens[trigger.first - 1].kind == "word":
        return ""  # «Среди погибших и раненых сотрудников колонии нет»: of both fates
    found = lex.noun_set.match_span(tokens, trigger.last + 1)
    if found is None or trigger.last + 1 + found[1] != first:
        return ""
    return subgroup_of(found[0].value)


def _give_the_fate_named_before_among(tokens: list[Token], figure: Figure, lex: Lexicon) -> None:
    """«Пропавших без вести среди эвакуированных нет»: the zero bound to the fate right
    before its word of none, after «среди», is a zero of the fate that opens the clause."""
    trigger = figure.trigger
    if trigger is None or trigger.last + 1 != figure.quantity.first or trigger.first < 2:
        return
    among = trigger.first - 1
    if tokens[among].lower != "среди":
        return
    end = among - 1
    for start in range(end, max(-1, end - _FATE_REACH), -1):
        found = lex.trigger_set.match_span(tokens, start)
        if found is None or start + found[1] - 1 != end:
            continue
        opens = start == 0 or tokens[start - 1].kind == "punct"
        if (
            opens
            and tokens[start].pos in _FATE_NAMING_PERSONS
            and russian_genitive_plural(tokens[start].text)
        ):
            figure.category = found[0].value
            figure.trigger = Trigger(start, end, found[0].value)
            figure.parent = None
        return
