"""Persons taken away, in Azerbaijani ("silahlılar 17 kişini aparıblar", "polis 20-yə yaxın
gənci apardı"): "apar-" takes persons only with its object in the accusative — "62 sakinlə
müsahibə aparıb" (held interviews with 62 residents) takes no one. Taken by the police or
the security forces, or to a police station, the persons were detained; else captured."""

from __future__ import annotations

import itertools
import re

from rightsledger.analysis.statements.figures.core import Figure, Trigger
from rightsledger.analysis.statements.figures.gapped import GappedVerbs
from rightsledger.analysis.statements.figures.subgroups import AZ_MALE_RELATIVES
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.az_cases import az_in_the_genitive
from rightsledger.analysis.statements.takers import CUSTODIAN_STEMS
from rightsledger.analysis.statements.tokens import Token

# The accusative of a noun or of a count with its possessive: "gənci", "kişini", "nəfəri",
# "üçünü" (after a consonant the bare vowel, after a vowel "-nı"); not the instrumental
# ("sakinlə"), the genitive ("nəfərin"), the dative or the nominative ("nəfər").
_AZ_ACCUSATIVE = re.compile(r"(?:n[ıiuü]|[^aıoueəiöü\W\d][ıiuü])$")
# The accusative of a possessed noun: the third person's "-nı" ("oğlunu", "qardaşlarını"),
# the first person's "-ı" after "-ım", "-ımız" ("qardaşımı", "oğullarımızı"); not the
# nominative "oğlu", "qardaşı".
_AZ_POSSESSED_ACCUSATIVE = re.compile(r"(?:n[ıiuü]|[ıiuü]m(?:[ıiuü]z)?[ıiuü])$")
# Who take persons into custody, by their stem (``takers``).
_AZ_CUSTODIANS = CUSTODIAN_STEMS["az"]
# The same bodies by their initials (DTX, DİN), as words of their own: as stems they would
# take "dinc" (peaceful: "dinc sakinlər", civilians) and "dini" (religious) for the ministry.
_AZ_CUSTODIAN_INITIALS = frozenset({"dtx", "din", "di̇n"})
# A case ending other than the nominative: the custodians are then no subject ("polisə",
# "polisdən", "polisin", "əməkdaşlarla").
_AZ_OBLIQUE = re.compile(r"(?:y?[aə]|[dt][aə]n?|n?[ıiuü]n|l[aə])$")
# Where the police hold persons, in the dative: "şöbəsinə", "bölməsinə", "idarəsinə".
_AZ_STATIONS = ("şöbə", "bölmə", "idarə", "məntəqə")


def _az_before_what_they_own(words: list[Token]) -> list[Token]:
    """The counted words up to one in the genitive that owns the next: in "54 nəfərin
    axtarışını aparıb" (searched for 54 persons) the object of "apar-" (here to carry out)
    is the search, not the persons, who are in the genitive."""
    for k, word in enumerate(words[:-1]):
        if az_in_the_genitive(word.lower):
            return words[:k]
    return words


class TakenAway(GappedVerbs):
    """Reads who took the persons counted with "apar-" away."""

    def _az_taken_away(self, figures: list[Figure]) -> None:
        if self.language != "az":
            return
        for figure in figures:
            trigger, quantity = figure.trigger, figure.quantity
            if trigger is None and not figure.category and self._az_kin_counted(quantity):
                # "iki qardaşımı apardılar": kin counted by a numeral are persons taken.
                later = (t for t in self.triggers if quantity.last < t.first < self.end)
                trigger = next(later, None)
                if trigger is not None and trigger.value == "seize":
                    figure.category, figure.trigger, figure.bound = "captured", trigger, "clause"
            if trigger is None or trigger.value != "seize" or figure.category != "captured":
                continue
            if not self.tokens[trigger.first].lower.startswith("apar"):
                continue
            if not quantity.last < trigger.first < self.end:
                # The verb is not this count's, said after it in its sentence: "on iki nəfər
                # idik. Bizi … apardılar" counts "us" (``PersonsBefore._counted_among_us``).
                continue
            # The counted noun phrase ("dörd nəfərimizi əsir"), or the word after the count
            # when the lexicon knows no noun there ("20 gənci", twenty young people).
            last = max(quantity.np_last, quantity.last + 1)
            words = _az_before_what_they_own(
                self.tokens[quantity.last + 1 : min(last + 1, self.end)]
            )
            if not any(_AZ_ACCUSATIVE.search(t.lower) for t in words):
                figure.category = ""
                continue
            if self._az_by_custodians(quantity.first) or self._az_to_the_police(last, trigger):
                figure.category = "detained"

    def _az_kin_counted(self, quantity: Quantity) -> bool:
        """Is the count's word a brother or a son ("iki qardaşımı", "üç oğlunu"), which the
        lexicon leaves without a noun?"""
        after = quantity.last + 1
        if quantity.noun or after >= self.end:
            return False
        word = self.tokens[after].lower
        kin = word.startswith(AZ_MALE_RELATIVES) and not word.startswith("oğlan")
        return kin and _AZ_POSSESSED_ACCUSATIVE.search(word) is not None

    def _az_by_custodians(self, before: int) -> bool:
        """Is the subject before the count, in its sentence, the police or security forces?"""
        for token in self.tokens[self.begin : before]:
            word = token.lower
            if word in _AZ_CUSTODIAN_INITIALS:
                return True
            if word.startswith(_AZ_CUSTODIANS) and not _AZ_OBLIQUE.search(word):
                return True
        return False

    def _az_to_the_police(self, after: int, trigger: Trigger) -> bool:
        """Were the persons taken to the police ("rayon polis şöbəsinə apardılar", "polis
        bölməsinə aparıblar"), the police named between the count and the verb as where?"""
        words = [t.lower for t in self.tokens[after + 1 : trigger.first]]
        return any(
            word.startswith(("polis", "milis")) and nxt.startswith(_AZ_STATIONS)
            for word, nxt in itertools.pairwise(words)
        )
