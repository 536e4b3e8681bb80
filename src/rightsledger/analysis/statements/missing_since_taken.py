"""Counts of the missing said to be so since they were taken: "41 persons whose whereabouts
have remained unknown since their arrest", "3 observers have not been heard from since they
were stopped at a police checkpoint", «местонахождение пятерых неизвестно после
задержания», «с момента ареста о судьбе четверых ничего не известно», "həbsdən sonra 4
jurnalistin taleyi məlum deyil", "saxlanıldıqları gündən bəri".

A deprivation of liberty, then silence on the fate, is what an enforced disappearance is
(``disappearances``); missing since a storm, a march or a battle stays missing. The three
languages say "since the taking" each in its own way (a preposition and a possessive, a
preposition and a noun, a noun or converb in the ablative and a postposition); where it may
stand is the same for all: anywhere in the missing count's sentence, not beyond a ";".
"""

from __future__ import annotations

from collections.abc import Callable

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon.en_acts import FORCED_INTO, VEHICLES
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

# English nouns of a taking, after "since their": "since their arrest", "since his abduction".
_TAKINGS_EN = frozenset(
    {"arrest", "arrests", "detention", "detentions", "abduction", "abductions", "capture",
     "seizure", "apprehension", "kidnapping", "kidnappings"}
)  # fmt: skip
_POSSESSIVES_EN = frozenset({"their", "his", "her"})
# … or with the verb: "since they were arrested".
_PRONOUNS_EN = frozenset({"they", "he", "she"})
_TAKEN_EN = frozenset(
    {"arrested", "detained", "abducted", "kidnapped", "seized", "captured", "taken",
     "apprehended"}
)  # fmt: skip
# Where a stop is a taking: "stopped at a police checkpoint".
_CHECKPOINTS_EN = frozenset({"checkpoint", "checkpoints", "roadblock"})
_CHECKPOINT_REACH = 4
# … or being forced into a vehicle: "since they were pushed into an unmarked van".
_VEHICLE_REACH = 4
# … or being driven off in one: "since they were driven away in a truck".
_DRIVEN_OFF_EN = frozenset({"off", "away"})
# Russian nouns of a taking, by dictionary form, after «после» or «с момента».
_TAKINGS_RU = frozenset({"задержание", "арест", "похищение"})
# Azerbaijani stems of a taking, whose noun or converb in the ablative comes before "sonra"
# (after) or "bəri" (since): "həbsdən sonra", "saxlanılmasından sonra", "tutulduqdan sonra",
# "oğurlanmasından bəri" (not "atəşə tutulmasından sonra", after it was fired upon).
_TAKING_STEMS_AZ = ("həbs", "saxlanıl", "tutul", "oğurlan", "qaçırıl")
_FIRED_UPON_AZ = frozenset({"atəşə", "atəş"})
# A noun of a taking made a verb by its auxiliary: "həbs edildikdən", "girov götürüldükdən".
_TAKING_NOUNS_AZ = frozenset({"həbs", "girov", "əsir"})
_AUXILIARIES_AZ = ("edil", "olun", "götürül", "alın")
# The moment of the taking: "saxlanıldıqları gündən bəri", "həbs olunduqları vaxtdan".
_MOMENTS_AZ = frozenset({"gündən", "vaxtdan", "andan", "tarixdən"})
_SINCE_AZ = frozenset({"sonra", "bəri"})
_ABLATIVE_ENDINGS_AZ = ("dan", "dən", "tan", "tən")


def missing_since_taken(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Is the missing count said to be so since the persons were taken, in its sentence?"""
    said_at = _CUES.get(language)
    if said_at is None:
        return False
    first = figure.quantity.first
    while (
        first > 0
        and tokens[first - 1].text not in CLAUSE_STOPS
        and not tokens[first].newline_before  # nor back into a list's line before
    ):
        first -= 1
    k = first
    while k < len(tokens) and tokens[k].text not in CLAUSE_STOPS:
        if k > figure.last and tokens[k].newline_before:
            break  # a list's next line is another sentence
        if said_at(tokens, k):
            return True
        k += 1
    return False


def _since_taken_en(tokens: list[Token], k: int) -> bool:
    if tokens[k].lower != "since" or k + 2 >= len(tokens):
        return False
    if tokens[k + 1].lower in _POSSESSIVES_EN:
        return tokens[k + 2].lower in _TAKINGS_EN
    return _since_they_were_taken_en(tokens, k + 1)


def _since_they_were_taken_en(tokens: list[Token], k: int) -> bool:
    """ "since they were arrested", "since he was taken", "since they were stopped at a
    police checkpoint", "since they were pushed into a van": a stop is a taking only at a
    checkpoint, being forced only into a vehicle ("pushed into the river" is none)."""
    words = [t.lower for t in tokens[k : k + 3]]
    if len(words) < 3 or words[0] not in _PRONOUNS_EN or words[1] not in {"were", "was"}:
        return False
    if words[2] in _TAKEN_EN:
        return True
    after = {t.lower for t in tokens[k + 3 : k + 3 + _CHECKPOINT_REACH]}
    if words[2] == "stopped":
        return bool(after & _CHECKPOINTS_EN)
    if words[2] in FORCED_INTO and k + 3 < len(tokens) and tokens[k + 3].lower == "into":
        return any(t.lower in VEHICLES for t in tokens[k + 4 : k + 4 + _VEHICLE_REACH])
    if words[2] == "driven" and k + 3 < len(tokens) and tokens[k + 3].lower in _DRIVEN_OFF_EN:
        # "since they were driven off in an unmarked van": carried off by their takers
        # ("the attackers were driven off", repelled, names no vehicle).
        return any(t.lower in VEHICLES for t in tokens[k + 4 : k + 4 + _VEHICLE_REACH])
    return False


def _since_taken_ru(tokens: list[Token], k: int) -> bool:
    j = k + 1
    if tokens[k].lower == "с" and j < len(tokens) and tokens[j].lower == "момента":
        j += 1
    elif tokens[k].lower != "после":
        return False
    return j < len(tokens) and tokens[j].key in _TAKINGS_RU


def _since_taken_az(tokens: list[Token], k: int) -> bool:
    if tokens[k].lower not in _SINCE_AZ or k == 0:
        return False
    before = tokens[k - 1].lower
    if not before.endswith(_ABLATIVE_ENDINGS_AZ):
        return False
    earlier = tokens[k - 2].lower if k >= 2 else ""
    if before.startswith(_TAKING_STEMS_AZ):
        return earlier not in _FIRED_UPON_AZ
    if before.startswith(_AUXILIARIES_AZ):
        return earlier in _TAKING_NOUNS_AZ
    if before in _MOMENTS_AZ:
        # The taking's own verb before the moment, or a noun of taking and its auxiliary.
        if earlier.startswith(_TAKING_STEMS_AZ):
            return True
        noun = tokens[k - 3].lower if k >= 3 else ""
        return earlier.startswith(_AUXILIARIES_AZ) and noun in _TAKING_NOUNS_AZ
    return False


_CUES: dict[str, Callable[[list[Token], int], bool]] = {
    "en": _since_taken_en,
    "ru": _since_taken_ru,
    "az": _since_taken_az,
}
