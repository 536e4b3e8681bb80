"""Persons seized by those who keep people in custody were detained, in English.

"Seized", "grabbed", "took … from" say persons were taken, not by whom; taken by soldiers,
gunmen or a militia they were captured. The police, the security forces, gendarmes, border
guards and a coast guard take persons into custody: "43 fishermen who were seized by the
coast guard", "Police seized 12 protesters outside the court" count the detained, as the
Azerbaijani "polis … apardı" does (``figures.taken_away``). The agent is read where English
names it: after "by" just after the verb, or as the subject before the count and its verb.
A subject "they" takes up the taker the sentence before names ("Officers of the district
police came to our street. They took seven men", not "Soldiers came … They took seven men").
Parts of such a whole that were only "held" with it ("the other 14 remain in prison") are
detained with it.

Russian says the taker as the subject before the verb («полиция забрала 12 человек»), or
leaves the verb without one, the taker being the one just named: «Ночью полиция задержала
активистов. Забрали не меньше 12 человек» (the police took them), unlike «В село вошли
военные. Забрали 12 человек» (soldiers did).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.takers import (
    ARMED_STEMS,
    CUSTODIAN_PAIRS,
    CUSTODIAN_STEMS,
    CUSTODIAN_WORDS,
)
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

_CAPTURED = "captured"
_DETAINED = "detained"
# The verbs that take persons without saying by whom (the lexicon's "seize").
_SEIZE = "seize"
# Who keep persons in custody: ``takers.CUSTODIAN_WORDS`` and ``CUSTODIAN_PAIRS``.
_CUSTODIANS = CUSTODIAN_WORDS["en"]
_CUSTODIAN_PAIRS = CUSTODIAN_PAIRS["en"]
# How far after the verb its agent may stand: "seized by the Lumbrian coast guard".
_AGENT_REACH = 6


def mark_seized_by_custodians(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives "detained" to the captured whom the police or security forces seized."""
    if language not in {"en", "ru"}:
        return
    for figure in figures:
        trigger = figure.trigger
        if figure.category != _CAPTURED or trigger is None or trigger.value != _SEIZE:
            continue
        if language == "ru":
            if _ru_taker(tokens, min(trigger.first, figure.quantity.first)) != _DETAINED:
                continue
        elif not (
            _agent_after(tokens, trigger.last)
            or _subject_before(tokens, figure)
            or _they_after_custodians(tokens, figure)
        ):
            continue
        figure.category = _DETAINED
        for part in figures:
            if part.parent is figure and part.category == _CAPTURED:
                part.category = _DETAINED


def _custodian_at(tokens: list[Token], k: int) -> bool:
    word = tokens[k].lower
    if word in _CUSTODIANS:
        return True
    return k + 1 < len(tokens) and (word, tokens[k + 1].lower) in _CUSTODIAN_PAIRS


def _agent_after(tokens: list[Token], verb: int) -> bool:
    """ "seized by the coast guard", "taken from their homes by police officers": a
    custodian after "by", the verb's agent, within its clause."""
    if verb + 1 >= len(tokens) or tokens[verb + 1].lower != "by":
        return False
    last = min(len(tokens), verb + 2 + _AGENT_REACH)
    for k in range(verb + 2, last):
        if tokens[k].kind == "punct":
            return False
        if _custodian_at(tokens, k):
            return True
    return False


def _subject_before(tokens: list[Token], figure: Figure) -> bool:
    """ "Police seized 12 protesters", "Border guards grabbed two men": a custodian in the
    sentence's words before both the verb and the count (the subject; "Gunmen seized … and
    handed them to the police" names the police after)."""
    assert figure.trigger is not None
    end = min(figure.trigger.first, figure.quantity.first)
    k = end - 1
    while k >= 0 and tokens[k].text not in FULL_STOPS and tokens[k].text not in {";", ":"}:
        if tokens[k].lower == "by":
            return False  # "… of the men taken by gunmen, police seized …": not the subject
        if _custodian_at(tokens, k):
            return True
        k -= 1
    return False


def _they_after_custodians(tokens: list[Token], figure: Figure) -> bool:
    """ "The police came at night. They took seven men": the subject "they" right before the
    verb, and a custodian in the sentence before (the taker it takes up)."""
    assert figure.trigger is not None
    verb = figure.trigger.first
    if verb == 0 or verb > figure.quantity.first or tokens[verb - 1].lower != "they":
        return False
    start = verb - 1
    while start > 0 and tokens[start - 1].text not in FULL_STOPS:
        start -= 1
    if start == 0:
        return False
    before = start - 1
    while before > 0 and tokens[before - 1].text not in FULL_STOPS:
        before -= 1
    return any(_custodian_at(tokens, k) for k in range(before, start - 1))


def _ru_taker(tokens: list[Token], end: int) -> str:
    """Who took the persons of a Russian verb of taking before ``end``: the subject in its
    sentence, else the taker the sentence before names (a verb with no subject continues
    it); "detained" for the police, "captured" for the armed, "" for neither or both."""
    start = end
    while start > 0 and tokens[start - 1].text not in FULL_STOPS:
        start -= 1
    taker = _ru_named(tokens[start:end])
    if taker or start == 0:
        return taker
    before = start - 1
    while before > 0 and tokens[before - 1].text not in FULL_STOPS:
        before -= 1
    return _ru_named(tokens[before : start - 1])


def _ru_named(words: list[Token]) -> str:
    armed = any(t.lower.startswith(ARMED_STEMS["ru"]) for t in words)
    police = any(t.lower.startswith(CUSTODIAN_STEMS["ru"]) for t in words)
    if armed == police:
        return ""
    return _DETAINED if police else _CAPTURED
