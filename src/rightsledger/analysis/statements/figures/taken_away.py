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
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

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


# The participles of taking, which name as a whole the persons counted right after them
# ("Apardıqları on səkkiz nəfərdən", "aparılan 10 nəfərdən"), and the words of a qualifier
# that may come between.
_AZ_PARTICIPLES_OF_TAKING = frozenset({"aparılan", "apardıqları", "apardığı"})
# The verbal nouns of taking, in reported speech ("polisin 12 gənci apardığını deyib"), whose
# subject is in the genitive.
_AZ_TAKING_REPORTED = frozenset({"apardığını", "apardıqlarını"})
_AZ_QUALIFIERS_BEFORE = frozenset({"ən", "azı", "təxminən", "təqribən", "cəmi", "daha"})


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
            if figure.category == "captured" and self._az_participle_names_another(figure):
                # "Mərkəzin apardığı reyestrə 9 yeni hadisə": the participle names the thing
                # after it, the register kept; only persons right after it were taken.
                figure.category = ""
                continue
            if trigger is None or trigger.value != "seize" or figure.category != "captured":
                continue
            if not self.tokens[trigger.first].lower.startswith("apar"):
                continue
            if trigger.last < quantity.first and self._az_by_custodians_before(trigger.first):
                # "Polis gəldi. Apardığı on nəfərdən üçü …": the participle's doer, left out,
                # is the subject of its sentence or of the one before.
                figure.category = "detained"
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
            if not quantity.noun:
                # "onlardan üçünü aparıblar", "3-nü": the count's own ending is the object's.
                words = [self.tokens[quantity.last], *words]
            if not any(_AZ_ACCUSATIVE.search(t.lower) for t in words):
                figure.category = ""
                continue
            reported = self.tokens[trigger.first].lower in _AZ_TAKING_REPORTED
            if self._az_by_custodians(quantity.first, reported=reported) or self._az_to_the_police(
                last, trigger
            ):
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

    def _az_participle_names_another(self, figure: Figure) -> bool:
        """Does a participle of taking ("apardığı", "aparılan") before the count, read as its
        act, stand apart from it, with a word between ("apardığı reyestrə 9 hadisə")?"""
        quantity, trigger = figure.quantity, figure.trigger
        before = range(quantity.first - 1, self.begin - 1, -1)
        k = next((k for k in before if self.tokens[k].lower in _AZ_PARTICIPLES_OF_TAKING), None)
        if k is None or (trigger is not None and trigger.last != k):
            return False
        between = self.tokens[k + 1 : quantity.first]
        return any(t.kind == "word" and t.lower not in _AZ_QUALIFIERS_BEFORE for t in between)

    def _az_by_custodians_before(self, before: int) -> bool:
        """Are the police or security forces the subject before ``before``, in its sentence or
        in the one before it (Azerbaijani leaves out a subject just named)?"""
        start = self.begin - 2
        while start >= 0 and self.tokens[start].text not in FULL_STOPS:
            start -= 1
        return self._az_by_custodians(before, max(start + 1, 0))

    def _az_by_custodians(
        self, before: int, begin: int | None = None, *, reported: bool = False
    ) -> bool:
        """Is the subject before the count, in its sentence, the police or security forces?
        Of a taking ``reported`` by its verbal noun the subject is in the genitive ("polisin
        12 gənci apardığını deyib")."""
        start = self.begin if begin is None else begin
        for token in self.tokens[start:before]:
            word = token.lower
            if word in _AZ_CUSTODIAN_INITIALS:
                return True
            if not word.startswith(_AZ_CUSTODIANS):
                continue
            if not _AZ_OBLIQUE.search(word) or (reported and az_in_the_genitive(word)):
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
