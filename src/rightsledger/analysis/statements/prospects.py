"""Figures of what may or will happen, not of what befell: "a strike on the dam could kill up to
10,000 people", "the government will release 50 prisoners", "rebels threatened to execute 20
hostages", "14 persons are in the process of being exchanged", «удар может унести жизни 10 000 человек», «освободит 50 заключённых», "50 məhbusu
azad edəcək", "ölümünə səbəb ola bilər". A prospect is no claim of a victim count.

What may have happened is: "as many as 40 may have been killed", «могли погибнуть до 40»
(a perfect after the modal, a modal in the past) stay claims, hedged as the text hedges them.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without
from rightsledger.analysis.statements.morphology import russian_future
from rightsledger.analysis.statements.tokens import Token

_EN_MODALS = frozenset({"could", "would", "might", "may", "will", "shall", "can", "'ll"})
# The modals of a guess, not of what is to come ("may be trapped", not "will be").
_EN_GUESSES = frozenset({"may", "might", "could"})
# Words that may stand between the modal and the act ("could soon be displaced").
_EN_BETWEEN = frozenset(
    {"be", "being", "soon", "also", "still", "potentially", "eventually", "then"}
)
# Verbs of intent before "to" and the act ("threatened to execute", "plans to release").
_EN_INTENT = frozenset(
    {"threaten", "threatens", "threatened", "threatening", "plan", "plans", "planned",
     "planning", "intend", "intends", "intended", "vowed", "vows", "promised", "promises",
     "pledged", "agreed", "expected", "expects", "hopes", "hoped", "due", "scheduled"}
)  # fmt: skip
_RU_MODALS = frozenset({"может", "могут", "сможет", "смогут", "будет", "будут"})
_RU_INTENT_STEMS = ("угрож", "намерен", "планиру", "обеща", "собира", "пригроз")
# Azerbaijani: the future in -acaq/-əcək in the verb, the potential "-a bilər" after it, and
# "hədələ-" (threaten) after a verbal noun in -maqla ("öldürməklə hədələyib").
_AZ_FUTURE = ("acaq", "əcək", "acağ", "əcəy")
_AZ_POTENTIAL = ("bilər", "biləcək", "bilməz")
_AZ_THREAT = "hədələ"
# To remain or to be, in the form before "bilər": "qala bilər", "ola bilər".
_AZ_REMAIN = frozenset({"qala", "ola", "qalmış", "qalmaqda"})
# What follows a verbal noun (-ması, -məsi) whose act is under way or awaited.
_AZ_PENDING = ("proses", "gözlən", "nəzərdə")
# The perfect participle: "həlak olmuş", "öldürülmüş".
_AZ_PERFECT = ("mış", "miş", "muş", "müş")


def drop_prospects(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """``figures`` without those whose act the text puts in a prospect, and their parts."""
    prospects = {id(f) for f in figures if f.trigger is not None and _prospect(tokens, f, language)}
    return without(figures, prospects)


def _prospect(tokens: list[Token], figure: Figure, language: str) -> bool:
    trigger = figure.trigger
    assert trigger is not None
    if language == "en":
        if figure.category == "missing" and _en_may_be_now(tokens, trigger.first):
            return False  # "up to 10 people may be trapped": a guess at now, no prospect
        return _en_prospect(tokens, trigger.first)
    if language == "ru":
        return _ru_prospect(tokens, trigger.first)
    return _az_prospect(tokens, trigger.last)


def _en_prospect(tokens: list[Token], first: int) -> bool:
    k = first - 1
    while k >= 0 and tokens[k].lower in _EN_BETWEEN and not tokens[k + 1].newline_before:
        k -= 1
    if k < 0 or tokens[k + 1].newline_before:
        return False
    # In lower case only: "May" is the month ("5 May: killed 23"), "Will" a name.
    if tokens[k].text in _EN_MODALS:
        return True
    if [t.lower for t in tokens[max(0, k - 3) : k + 1]] == ["in", "the", "process", "of"]:
        return True  # "14 persons are in the process of being exchanged": not yet
    return k >= 1 and tokens[k].lower == "to" and tokens[k - 1].lower in _EN_INTENT


def _en_may_be_now(tokens: list[Token], first: int) -> bool:
    """ "may be trapped", "might still be under the rubble": a state guessed at now ("may",
    "might", "could" with "be"), as Azerbaijani's "qala bilər" is; "will be" is to come."""
    k = first - 1
    if k < 1 or tokens[k].lower != "be":
        return False
    k -= 1
    while k >= 0 and tokens[k].lower in {"still", "also"}:
        k -= 1
    return k >= 0 and tokens[k].text in _EN_GUESSES


def _ru_prospect(tokens: list[Token], first: int) -> bool:
    word = tokens[first]
    if word.kind == "word" and russian_future(word.lower):
        return True
    before = tokens[first - 1] if first > 0 else None
    if before is None:
        return False
    if before.lower in _RU_MODALS:
        return True
    return word.pos == "INFN" and before.lower.startswith(_RU_INTENT_STEMS)


def _az_may_still_be_under(trigger_last: str, after: list[str]) -> bool:
    """ "25 sakin dağıntılar altında qala bilər" (may be under the rubble): the modal says their
    fate is not known, which is what the missing are; no prospect of a fate to come."""
    return (
        trigger_last.startswith("altında")
        and len(after) >= 2
        and after[0] in _AZ_REMAIN
        and after[1].startswith(_AZ_POTENTIAL)
    )


def _az_may_have_been(trigger_last: str, after: list[str]) -> bool:
    """ "300-ə qədər insan həlak olmuş ola bilər" (may have been killed): the perfect
    participle before "ola bilər" guesses at what has happened, an estimate of a past fate
    as "may have been" is in English; no prospect of a fate to come."""
    return (
        trigger_last.endswith(_AZ_PERFECT)
        and len(after) >= 2
        and after[0] == "ola"
        and after[1].startswith(_AZ_POTENTIAL)
    )


def _az_prospect(tokens: list[Token], last: int) -> bool:
    if any(stem in tokens[last].lower for stem in _AZ_FUTURE):
        return True  # "azad edəcək", "azad edəcəyini bildirib"
    after = [t.lower for t in tokens[last + 1 : last + 4] if t.kind == "word"]
    if _az_may_still_be_under(tokens[last].lower, after) or _az_may_have_been(
        tokens[last].lower, after
    ):
        return False
    if any(word.startswith(_AZ_POTENTIAL) for word in after):
        return True  # "həlak ola bilər", "ölümünə səbəb ola biləcəyini"
    if tokens[last].lower.endswith(("ması", "məsi")) and after:
        # "14 nəfərin dəyişdirilməsi prosesi davam edir", "azad edilməsi gözlənilir": the
        # act under way or awaited, not done.
        return after[0].startswith(_AZ_PENDING)
    verb_noun = tokens[last].lower.endswith(("maqla", "məklə"))
    return verb_noun and bool(after) and after[0].startswith(_AZ_THREAT)
