"""A part's own verb in Azerbaijani. The verb ends the clause, so a part whose clause ends
in a finite verb that names no act has a predicate of its own ("onlardan 20-si cərimələnib",
"jurnalistlərin üçü aclıq aksiyası keçirir"); an act named before the persons it is a part
of then only says who they were."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.core import (
    _AZ_STATE_STEMS,
    Figure,
    Trigger,
    resolve_category,
)
from rightsledger.analysis.statements.figures.predicate_counts import PredicateCounts
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.az_cases import AZ_POSSESSED, az_in_the_genitive
from rightsledger.analysis.statements.tokens import Token

# The dative where its ending shows it: after a possessive ("həbslərinə", "həbsinə") or a
# vowel ("işgəncəyə"). A bare "-a/-ə" is left out: "işgəncə" ends so in the nominative.
_DATIVE = re.compile(r"(?:[ıiuü]n[aə]|y[aə])$")
# Sent or handed over somewhere: still what befell the whole ("təhvil verilib", "göndərilib").
_AZ_SENT_STEMS = ("göndəril", "çatdırıl", "ötürül")
_AZ_HANDED = frozenset({"təhvil"})

# The perfect and the evidential past ("cərimələnib", "getmişdir"), with "-dır".
_PERFECT = re.compile(r"(?:[ıiuü]b|m[ıiuü]ş)(?:d[ıiuü]r)?(?:lar|lər)?$")

# The present ("keçirir", "gözləyir", "etmir", "gedirlər"): a high vowel and r after the
# stem. A noun with the copula ends the same way ("həbsdədir", "əsirdir"), so an ending in
# -dır/-tır counts only on the stems "et-"/"get-" that make "edir", "gedir".
_PRESENT = re.compile(r"[ıiuü]r(?:lar|lər)?$")
_COPULA = re.compile(r"[dt][ıiuü]r(?:lar|lər)?$")
_PRESENT_IN_D = re.compile(r"^(?:edir|gedir|etmir|getmir)(?:lər)?$")

# The simple past ("keçirdi", "bildirdilər"); "idi" and "-(y)dı" after a noun are the
# copula ("həbsdə idi", "həbsdəydi").
_SIMPLE_PAST = re.compile(r"[^aıoueəiöüy][dt][ıiuü](?:lar|lər)?$")

# The future ("keçirəcək", "gözləyəcəklər").
_FUTURE = re.compile(r"(?:acaq|əcək)(?:lar|lər)?$")

# The pluperfect ("göyərmişdi", "döymüşdülər") and the negative of the past continuous
# ("bilmirdi", "getmirdilər"), as a witness tells what was: never a noun with the copula.
_PAST_OF_A_STATE = re.compile(r"m[ıiuü][şr]d[ıiuü](?:lar|lər)?$")


def az_finite_verb(word: str) -> bool:
    """ "cərimələnib", "keçirir", "bildirdilər", "edəcək": a finite verb, not a noun."""
    if _PERFECT.search(word) or _FUTURE.search(word) or _PAST_OF_A_STATE.search(word):
        return True
    if _PRESENT.search(word):
        return not _COPULA.search(word) or bool(_PRESENT_IN_D.match(word))
    return bool(_SIMPLE_PAST.search(word))


def act_names_the_whole(tokens: list[Token], quantity: Quantity, act_first: int) -> bool:
    """ "Həbsdə olan jurnalistlərin üçü …": the count is a part ("üçü", three of them) of
    persons in the genitive just before it, and the act stands before those persons, so it
    tells who the whole were, not what befell the part."""
    number, owner = quantity.first, quantity.first - 1
    if owner < 0 or act_first >= owner or not az_in_the_genitive(tokens[owner].lower):
        return False
    return bool(AZ_POSSESSED.search(tokens[number].lower))


def az_act_protested(tokens: list[Token], k: int, end: int) -> bool:
    """ "üçü öz həbslərinə etiraz olaraq aclıq edir" (protesting their detention): an act
    named in the dative before "etiraz" is what the part protests, not what befell it."""
    after = k + 1
    return (
        after < end
        and _DATIVE.search(tokens[k].lower) is not None
        and tokens[after].lower.startswith("etiraz")
    )


class AzerbaijaniOwnVerbs(PredicateCounts):
    """Does an Azerbaijani part have a verb of its own, which names no act?"""

    def _az_own_predicate(self, quantity: Quantity) -> bool:
        """ "onlardan 20-si cərimələnib": the Azerbaijani verb ends the clause; a finite verb
        there that names no act (a trigger would have bound) is the part's own."""
        k = quantity.end_token + 1
        while k < self.end and not self._is_boundary(self.tokens[k]):
            if k in self.trigger_at and not az_act_protested(self.tokens, k, self.end):
                return self.trigger_at[k].value == "alive"  # "sağ tapılıb": found alive
            if k in self.starts:
                return False
            k += 1
        last = self.tokens[k - 1].lower
        if last.startswith(_AZ_STATE_STEMS):
            # "uşaq olub", "xəstəxanada qalıb", "məktəblərdə yerləşdirilib": to be, to remain,
            # to be housed — no verb of its own
            return False
        if self._az_sent_somewhere(k - 1):
            return False
        if (
            k - 2 > quantity.end_token
            and self.tokens[k - 2].lower == "baş"
            and last.startswith("ver")
        ):
            # "onlardan 2-si isə intihar nəticəsində baş verib": counted deaths or acts said
            # to have happened (how, or where) — "to happen" is their "to be", no verb of
            # the part's own.
            return False
        if k - 2 > quantity.end_token and self.tokens[k - 2].lower.startswith("müalicə"):
            # "yaralılardan 7-si xəstəxanada müalicə alır": treated, as the hurt are — a
            # state of the whole's fate, no verb of its own.
            return False
        if k - 2 > quantity.first and self.tokens[k - 2].lower.startswith(("olduğ", "olduq")):
            # "6-sının qadın olduğu dəqiqləşdirilib" (that six of them are women was made
            # certain): the verb says something of the clause, whose own verb is "to be".
            return False
        if az_in_the_genitive(self.tokens[quantity.last].lower):
            # "onlardan 9 000-nin valideynlərindən ayrı düşməsindən … narahatdır": a count in
            # the genitive is the subject of a noun, never of the clause's finite verb.
            return False
        return k - 1 > quantity.end_token and az_finite_verb(last)

    def _az_not_the_parts_act(self, quantity: Quantity, act: Trigger) -> bool:
        """ "Həbsdə olan jurnalistlərin üçü aclıq edir", "üçü həbsə etiraz olaraq aclıq edir":
        an act before the persons a part is of, or named in the dative as the object, is no
        act that befell the part when the part has a verb of its own."""
        if self.language != "az":
            return False
        before = act.first < quantity.first and act_names_the_whole(
            self.tokens, quantity, act.first
        )
        after = act.first > quantity.end_token and az_act_protested(self.tokens, act.last, self.end)
        return (before or after) and self._az_own_predicate(quantity)

    def _az_own_act_of_a_part(self, figure: Figure) -> tuple[Trigger, str] | None:
        """ "on kişini döyüb və onlardan üçünü aparıblar": a part of persons counted by the
        possessive ending alone ("üçünü", three of them) takes the act of its own clause's
        verb, said of persons; the whole's act ("döyüb") is not the part's."""
        quantity = figure.quantity
        if self.language != "az" or quantity.noun or figure.parent is None:
            return None
        k = quantity.end_token + 1
        while k < self.end and not self._is_boundary(self.tokens[k]) and k not in self.starts:
            act = self.trigger_at.get(k)
            if act is not None:
                category = resolve_category(act.value, PERSON)
                return (act, category) if category else None
            k += 1
        return None

    def _az_own_predicate_of_a_part(self, figure: Figure) -> bool:
        """ "Saxlanılan fəalların ikisi məhkəməyə müraciət edib": a part of persons named by
        their fate, with a verb of its own, is no count of that fate."""
        return self.language == "az" and self._az_own_predicate(figure.quantity)

    def _az_sent_somewhere(self, verb: int) -> bool:
        """ "16-sı isə digər tərəfə təhvil verilib", "20-si Bakıya göndərilib": a part handed
        over or sent somewhere is still a part of what befell the whole (released, held)."""
        if self.tokens[verb].lower.startswith(_AZ_SENT_STEMS):
            return True
        return verb - 1 >= self.begin and self.tokens[verb - 1].lower in _AZ_HANDED

    def _az_act_inside_a_relative_clause(self, quantity: Quantity, act: Trigger) -> bool:
        """ "yoxa çıxanların taleyini soruşan 25 qohum … saxlanılıb": an act before the count
        with an active participle of no act after it ("soruşan", who asked) is the object of
        that relative clause, which describes the persons counted; it did not befall them."""
        if self.language != "az" or act.last >= quantity.first:
            return False
        between = range(act.last + 1, quantity.first)
        return any(
            self.tokens[k].kind == "word"
            and _ACTIVE_PARTICIPLE.search(self.tokens[k].lower) is not None
            and not any(t.first <= k <= t.last for t in self.triggers)
            for k in between
        )


# An active participle, as a relative clause's verb ends: "soruşan", "axtaran", "gözləyən".
_ACTIVE_PARTICIPLE = re.compile(r"[^aıoueəiöü](?:an|ən)$")


def act_names_a_whole_in_the_ablative(
    tokens: list[Token], quantity: Quantity, act: Trigger
) -> bool:
    """ "Aparılan kişilərdən 12-si kəndin yaxınlığında azad edilib": the act stands before the
    persons in the ablative that the count is taken from, so it tells who the whole were (the
    men taken away), not what befell the part."""
    owner = quantity.first - 1
    if owner < 0 or act.last >= owner or act.last < owner - 2:
        return False
    return tokens[owner].lower.endswith(("dan", "dən"))
