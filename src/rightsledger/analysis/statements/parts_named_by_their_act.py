"""A part named by the act of a part counted before it is some of that part, not of its
whole. Statements name persons counted a moment ago again by the participle of what was done
to them: "40 were injured, 15 of them hospitalised. Of those hospitalised, four are
critical", "Four of the hospitalised …", «Из госпитализированных 6 находятся в реанимации»,
«Состояние четверых госпитализированных тяжёлое», "Stasionara yerləşdirilənlərdən 4 xəstə …":
the four are of the 15, not of the 40.

The participle stands before the count (after "of", "among", «из», «среди», or in the
Azerbaijani ablative or genitive plural, where a noun of place in "-dakı" may stand for it)
or after it ("four of the hospitalised", «четверых госпитализированных»). The part moves to
the latest earlier part whose own verb is that act, if it fits in it. One verb is one act:
one dictionary form in Russian, one stem in Azerbaijani and English. A participle of the
broader act ("Of the injured", «Из пострадавших», "Yaralananlardan" after "84 nəfər, o
cümlədən 19 uşaq, yaralanmışdır") names the whole and leaves the part where it was, and so
does a word that names persons counted by no act of their own («опросил 96 бывших
задержанных»)."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import _LATER_FATES, within
from rightsledger.analysis.statements.tokens import Token

# The words that take a part from persons named after them: "Of those hospitalised",
# «Из госпитализированных», «Из числа госпитализированных», «Среди госпитализированных».
_PARTITIVES = {
    "en": frozenset({"of", "among", "amongst"}),
    "ru": frozenset({"из", "среди"}),
}
# Words a partitive may have between it and the participle, and the participle and the
# count: "Of those who were hospitalised, four", «Из числа госпитализированных».
_BETWEEN = {
    "en": frozenset({"the", "those", "who", "were", "had", "been", "have", ","}),
    "ru": frozenset({"числа", "них", ",", "—", "–"}),
}
# The most words looked through on either side of the count for the participle.
_REACH = 5
# The words before an English participle that make it name persons, not tell their act.
_EN_NAMING = frozenset({"the", "those", "of"})
# An Azerbaijani participle in the ablative or genitive plural ("yerləşdirilənlərdən",
# "buraxılanların"): its stem is what stands before the participle's "-an/-ən". Those named
# by the place their act put them in ("reanimasiyadakılardan", of those in intensive care;
# "-dakı/-dəki", who are in) are named by that act too: its stem is the place's noun, which
# the act's words begin with ("reanimasiyaya yerləşdirilib").
_AZ_PARTICIPLE = re.compile(r"^(\w+?)(?:an|ən|dakı|dəki|takı|təki)(?:lardan|lərdən|ların|lərin)$")
# Letters the stem must have so that two acts are not taken for one ("öl-" of "ölənlərdən"
# is too short to tell "ölüb" from "öldürülüb" reliably).
_AZ_LEAST_STEM = 5
# The Russian act told of a part, by a verb or a short participle («госпитализированы 37»):
# a full participle that names persons («опросил 96 бывших задержанных») is no act of theirs.
_RU_ACTS = frozenset({"VERB", "PRTS"})


def nest_in_the_part_named_by_its_act(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Moves each part named by an earlier part's act into that part."""
    for k, figure in enumerate(figures):
        count = figure.quantity.most
        if count is None or not figure.category:
            continue
        named = _participles_naming(tokens, figure, language)
        if not named:
            continue
        part = _part_whose_act_is_named(tokens, figures[:k], figure, named, language)
        if part is not None and count <= (part.quantity.most or 0):
            figure.parent = part


def _part_whose_act_is_named(
    tokens: list[Token],
    before: list[Figure],
    figure: Figure,
    named: list[Token],
    language: str,
) -> Figure | None:
    """The latest part told before ``figure``, of its whole if it has one, whose own act one
    of ``named`` is; None if no part of that fate was told by that act."""
    whole = figure.parent
    for part in reversed(before):
        act = part.trigger
        if act is None or part.parent is None:
            continue
        if part.category != figure.category and figure.category not in _LATER_FATES.get(
            part.category, set()
        ):
            continue  # «двое из госпитализированных скончались»: a later fate of that part
        if whole is not None and part is not whole and not within(part, whole):
            continue
        if part is whole or not _act_of_its_own(part):
            # "84 nəfər, o cümlədən 19 uşaq, yaralanmışdır. Yaralananlardan 9 …": the 19
            # share their whole's verb; the participle names the whole.
            continue
        if _names_persons(tokens, act.first, language):
            continue
        acts = tokens[act.first : act.last + 1]
        if any(_one_act(word, verb, language) for word in named for verb in acts):
            return part
    return None


def _names_persons(tokens: list[Token], first: int, language: str) -> bool:
    """Is the part's trigger a participle naming persons, no act told of them ("23 of the
    disappeared", "Of those detained")?"""
    return language == "en" and first > 0 and tokens[first - 1].lower in _EN_NAMING


def _act_of_its_own(part: Figure) -> bool:
    """Was the part told with a verb of its own, not its whole's?"""
    act, whole = part.trigger, part.parent
    if act is None or whole is None or whole.trigger is None:
        return act is not None
    return (act.first, act.last) != (whole.trigger.first, whole.trigger.last)


def _participles_naming(tokens: list[Token], figure: Figure, language: str) -> list[Token]:
    """The participles that name the persons the count is taken from, before or after it."""
    quantity = figure.quantity
    if language == "az":
        k = quantity.first - 1
        return [tokens[k]] if k >= 0 and _az_stem(tokens[k].lower) else []
    partitives, between = _PARTITIVES.get(language), _BETWEEN.get(language, frozenset())
    if partitives is None:
        return []
    before: list[Token] = []
    k = quantity.first - 1
    while k >= 0 and quantity.first - k <= _REACH and tokens[k].lower not in partitives:
        if tokens[k].lower not in between:
            before.append(tokens[k])
        k -= 1
    found = before if k >= 0 and tokens[k].lower in partitives else []
    after: list[Token] = []
    k = quantity.end_token + 1
    if language == "en" and k < len(tokens) and tokens[k].lower in partitives:
        # "Four of the hospitalised", "four of those hospitalised".
        k += 1
        while k < len(tokens) and tokens[k].lower in between - {","}:
            k += 1
        after = tokens[k : k + 1]
    elif language == "ru" and k < len(tokens) and tokens[k].lower in partitives:
        # «двое из госпитализированных», «двое из числа госпитализированных».
        k += 1
        while k < len(tokens) and tokens[k].lower in between - {","}:
            k += 1
        after = tokens[k : k + 1]
    elif language == "ru":
        # «четверых госпитализированных»: the participle after the count, as its noun.
        words = range(quantity.last + 1, min(len(tokens), quantity.end_token + 2))
        after = [tokens[j] for j in words][-1:]
    return [t for t in [*found, *after] if _a_participle(t, language)]


def _a_participle(token: Token, language: str) -> bool:
    if not token.is_word:
        return False
    if language == "ru":
        return token.pos == "PRTF"
    return token.lower.endswith("ed")  # "hospitalised", "hospitalized", "detained"


def _one_act(word: Token, verb: Token, language: str) -> bool:
    """Are the participle ``word`` and the part's ``verb`` one act?"""
    if language == "ru":
        return verb.pos in _RU_ACTS and word.key == verb.key
    if language == "az":
        return verb.lower.startswith(_az_stem(word.lower))
    return _en_spelling(word.lower) == _en_spelling(verb.lower)


def _en_spelling(word: str) -> str:
    """British and American spellings of one verb as one ("hospitalised", "hospitalized")."""
    return word.replace("ized", "ised")


def _az_stem(word: str) -> str:
    found = _AZ_PARTICIPLE.match(word)
    if found is None or len(found.group(1)) < _AZ_LEAST_STEM:
        return ""
    return found.group(1)
