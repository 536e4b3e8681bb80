"""Persons counted among a fate that no figure counts: "Among those released were 6 wounded
servicemen", «Среди освобождённых — 6 раненых военнослужащих», "Azad edilənlər arasında 6
yaralı hərbçi var". The marker names the persons' fate (released) and no count of it stands
before, so the count is of that fate; the attribute the count carries (wounded) is a part of
them, as wounded among the returned are (the injured, with the returned as parent). Where a
figure of the fate was counted before, the count is a part of it, as ``figures.among`` and
``figures.ru_among_a_fate`` read it, and nothing changes here."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import DASHES, Token

# What may stand between the marker and the count: a copula, a dash, a colon, a comma.
_LINKS = frozenset({"were", "was", "are", "is", "были", "оказались", ":", ",", "-"}) | DASHES
# "Among those released", "among the freed": the words before the participle (English).
_THOSE_EN = frozenset({"those", "the"})
_AMONG = {"en": "among", "ru": "среди"}
# "Azad edilənlər arasında": the postposition after the participle (Azerbaijani).
_AMONG_AZ = "arasında"
_AZ_PLURAL_PARTICIPLE = ("ənlər", "anlar")
# Fates after which no one lives on to carry a fate of the living as a part.
_FATES_OF_THE_DEAD = frozenset({"killed", "found_dead", "identified"})
# How many words the Azerbaijani participle's phrase may take before "arasında".
_AZ_REACH = 3


def count_persons_among_a_fate_uncounted(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> list[Figure]:
    """``figures``, with a count among persons of a fate no figure counts made that fate's
    figure, and the fate its own words gave it a part of that figure."""
    out: list[Figure] = []
    for figure in figures:
        out.append(figure)
        quantity = figure.quantity
        if figure.parent is not None or quantity.count is None or not figure.category:
            continue
        marked = _fate_named_before(tokens, quantity.first, lex, language)
        if marked is None:
            continue
        fate, marker = marked
        if fate in _FATES_OF_THE_DEAD:
            continue  # "Among the dead were 3 wounded soldiers": the dead, as counted
        attribute = _fate_of_an_attribute(tokens, quantity, lex)
        if not attribute or attribute == fate or figure.category not in {fate, attribute}:
            continue
        if any(f.category == fate and f.last < marker for f in figures):
            continue  # "Forty were released. Among those released …": a part of the forty
        part = Figure(quantity, attribute, figure.subgroup, parent=figure)
        part.bound = "nested"
        figure.category = fate
        out.append(part)
    return out


def _fate_of_an_attribute(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> str:
    """The fate an adjective of the persons counted gives them, within the count's words or
    right after it ("6 wounded servicemen", «6 раненых военнослужащих», "6 yaralı hərbçi");
    not a noun that says it by itself ("6 hostages")."""
    for k in range(quantity.first + 1, quantity.end_token + 2):
        matched = lex.trigger_set.match(tokens, k)
        if matched is not None and (fate := resolve_category(matched.value, PERSON)):
            return fate
    return ""


def _fate_named_before(
    tokens: list[Token], first: int, lex: Lexicon, language: str
) -> tuple[str, int] | None:
    """The fate of the persons a marker right before ``first`` names, and where it opens."""
    k = first - 1
    while k >= 0 and tokens[k].lower in _LINKS:
        k -= 1
    if k < 0 or k < first - 3:
        return None
    if language == "az":
        return _fate_before_az(tokens, k, lex)
    among = _AMONG.get(language)
    for start in range(k, max(-1, k - 3), -1):
        opener = start - 1
        if language == "en" and opener >= 0 and tokens[opener].lower in _THOSE_EN:
            opener -= 1
        if opener < 0 or tokens[opener].lower != among:
            continue
        fate = _fate_of_phrase(tokens, start, k, lex)
        if fate:
            return fate, opener
    return None


def _fate_before_az(tokens: list[Token], k: int, lex: Lexicon) -> tuple[str, int] | None:
    if tokens[k].lower != _AMONG_AZ or k < 1:
        return None
    if not tokens[k - 1].lower.endswith(_AZ_PLURAL_PARTICIPLE):
        return None
    for start in range(k - 1, max(-1, k - 1 - _AZ_REACH), -1):
        fate = _fate_of_phrase(tokens, start, k - 1, lex)
        if fate:
            return fate, start
    return None


def _fate_of_phrase(tokens: list[Token], start: int, last: int, lex: Lexicon) -> str:
    """The fate of persons that a phrase of an act from ``start`` through ``last`` gives."""
    matched = lex.trigger_set.match_span(tokens, start)
    if matched is None or start + matched[1] - 1 != last:
        return ""
    return resolve_category(matched[0].value, PERSON)
