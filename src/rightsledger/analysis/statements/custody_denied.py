"""English counts of the missing held by those who deny holding them ("2 protesters whose
whereabouts have been unknown since the march; police deny holding them").

A deprivation of liberty, then a refusal to acknowledge it, is what an enforced disappearance
is (``disappearances``; missing since the persons were taken is ``missing_since_taken``). A
count a denial of custody is not said of ("police deny holding anyone" after no count) stays
missing. Russian denies the detention by its noun or its verb: «двое не выходят на связь; в
полиции их задержание не подтверждают», «о троих ничего не знают: в полиции отвечают, что таких
не задерживали». Azerbaijani too, by the verbal noun of holding and a verb that denies it:
"üç jurnalist yoxa çıxıb; polis onların saxlanıldığını inkar edir".
"""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

# Verbs that deny custody and the verbs of holding denied: "police deny holding them",
# "the ministry denies having detained them", "authorities refuse to acknowledge holding".
_DENYING = frozenset({"deny", "denies", "denied", "denying"})
_HOLDING = frozenset({"holding", "detaining", "having", "arresting", "keeping"})
_THEM = frozenset({"them", "him", "her", "any", "anyone"})
# Russian: the noun of detention and the verbs that deny it («их задержание не
# подтверждают», «отрицают задержание»), and the verbs of detaining said with «не» («таких не
# задерживали»).
_RU_DETENTION = ("задержани", "арест")
_RU_DENYING = ("подтвержда", "призна")
_RU_DETAINING = ("задерживал", "задержива", "задержал", "арестовывал", "доставлял")
# Azerbaijani: the verbal nouns of holding ("saxlanıldığını", "saxladığını", "həbs
# edildiyini", "tutulduğunu") and the verbs that deny it ("inkar edir", "təkzib edir",
# "təsdiqləmir", "etiraf etmir"), a word or two after.
_AZ_HOLDING = (
    "saxlanıldığ", "saxlanıldıq", "saxladığ", "saxladıq", "saxlanılmas", "edildiyin",
    "edildiklərin", "olunduğun", "olunduqların", "tutulduğun", "tutulduqların",
)  # fmt: skip
_AZ_DENYING = ("inkar", "təkzib", "təsdiqləmir", "təsdiq_etmir", "etiraf")
_AZ_DENIAL_REACH = 2
# Azerbaijani ends the clause with its verb, the denial a clause later: names or a time may
# stand between the count and it ("Üç həmkarımız - R. A., T. M. və E. Q. - martın 3-dən bəri
# yoxa çıxıb; polis onların saxlanıldığını inkar edir").
_AZ_REACH = 24
# How far after the figure a denial may be said, within its sentence.
_REACH = 16


def custody_denied(tokens: list[Token], figure: Figure, language: str = "en") -> bool:
    """Do those who would hold the persons counted deny holding them in the figure's
    sentence ("police deny holding them", "the army denied detaining them")?"""
    if language == "ru":
        return _ru_custody_denied(tokens, figure)
    if language == "az":
        return _az_custody_denied(tokens, figure)
    for k in _after(tokens, figure):
        if tokens[k].lower not in _DENYING or k + 2 >= len(tokens):
            continue
        holding = tokens[k + 1].lower
        if holding == "having" and k + 3 < len(tokens):
            return tokens[k + 3].lower in _THEM  # "denies having detained them"
        if holding in _HOLDING and tokens[k + 2].lower in _THEM:
            return True
    return False


def _ru_custody_denied(tokens: list[Token], figure: Figure) -> bool:
    """«в полиции их задержание не подтверждают», «отрицают их задержание», «таких не
    задерживали»: the detention denied after the figure, in its sentence."""
    words = [tokens[k].lower for k in _after(tokens, figure)]
    for k, word in enumerate(words):
        if word.startswith(_RU_DETENTION):
            near = words[max(0, k - 3) : k + 4]
            denied = any(w.startswith("отрица") for w in near) or any(
                a == "не" and b.startswith(_RU_DENYING) for a, b in itertools.pairwise(near)
            )
            if denied:
                return True
        if word == "не" and k + 1 < len(words) and words[k + 1].startswith(_RU_DETAINING):
            return True
    return False


def _az_custody_denied(tokens: list[Token], figure: Figure) -> bool:
    """ "hakimiyyət onların saxlanıldığını inkar edir", "polis onları həbs etdiyini təsdiqləmir":
    the verbal noun of holding them, then a verb that denies or does not confirm it, after the
    figure in its sentence."""
    words = [tokens[k].lower for k in _after(tokens, figure, _AZ_REACH)]
    for k, word in enumerate(words):
        if word.startswith(_AZ_HOLDING) and any(
            w.startswith(_AZ_DENYING) for w in words[k + 1 : k + 1 + _AZ_DENIAL_REACH]
        ):
            return True
    return False


def _after(tokens: list[Token], figure: Figure, reach: int = _REACH) -> range:
    """The tokens after the figure to its sentence's end (at most ``reach``)."""
    first = figure.last + 1
    end = first
    while end < min(len(tokens), first + reach) and tokens[end].text not in FULL_STOPS:
        if end > first and tokens[end].newline_before:
            break
        end += 1
    return range(first, end)
