"""Azerbaijani wholes of a part found by what names them: persons named by their fate after a
word of their group ("Mülki itkinlərin 141-i"), and "onlardan" set off right after the clause
of a part, which speaks of that part."""

from __future__ import annotations

import itertools
import re

from rightsledger.analysis.statements.figures.among import AmongNamed
from rightsledger.analysis.statements.figures.core import Figure, other_period_in_parenthesis
from rightsledger.analysis.statements.lexicon import VERB_CLASSES
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# A participle of a fate named as persons, in the genitive or the ablative plural ("həlak
# olanların", "ölənlərdən", "xəsarət alanların"): those persons spoken of again.
_NAMED_BY_FATE = re.compile(r"(?:an|ən)(?:ların|lərin|lardan|lərdən)$")
# Words before persons in the ablative that name them all, as a total ("cəmi köçkünlərdən",
# "ümumi saxlanılanlardan", "bütün girovlardan").
_AZ_TOTAL_WORDS = frozenset({"cəmi", "ümumi", "bütün"})
# Those who came back, in the ablative plural ("Qayıdanlardan 5-i", "geri qayıdanlardan").
_AZ_THOSE_WHO_CAME_BACK = frozenset({"qayıdanlardan", "qayıdanların", "qayıtmışlardan"})


class AzerbaijaniWholes(AmongNamed):
    """Finds the whole an Azerbaijani part names before its marker."""

    def _az_whole_named_before(
        self, marker: tuple[int, int], figures: list[Figure], wanted: str
    ) -> Figure | None:
        """The whole named before the marker as a total, by a group word or by the persons'
        fate."""
        return (
            self._az_total_named_before(marker, figures, wanted)
            or self._az_fate_of_a_group_named_before_it(marker, figures, wanted)
            or self._az_them_named_by_their_fate(marker, figures)
        )

    def _az_those_who_came_back(self, marker: tuple[int, int]) -> bool:
        """ "45 nəfər vətənə qaytarılıb … Qayıdanlardan 5-i ağır yaralıdır": those who came
        back, as the whole a part is taken from, are the released counted before, if any
        (they are as often refugees come home: then no figure is their whole)."""
        return (
            self.language == "az"
            and marker[0] == marker[1]
            and self.tokens[marker[0]].lower in _AZ_THOSE_WHO_CAME_BACK
        )

    def _az_total_named_before(
        self, marker: tuple[int, int], figures: list[Figure], wanted: str
    ) -> Figure | None:
        """ "Cəmi köçkünlərdən təxminən 6 000-i çadırlarda yaşayır": persons of a fate named
        as a total are the latest figure of that fate that sums up others (a table's total
        row, a toll broken down into its parts), not the part or the row counted last."""
        if self.language != "az" or not wanted or marker[0] != marker[1]:
            return None
        k = marker[0] - 1
        if k < self.begin or self.tokens[k].lower not in _AZ_TOTAL_WORDS:
            return None
        earlier = [
            f
            for f in [*self.previous, *(f for f in figures if f.last < marker[0])]
            if not self._for_comparison(f)
        ]
        totals = [
            f for f in earlier
            if f.category == wanted and f.parent is None
            and any(part.parent is f for part in earlier)
        ]  # fmt: skip
        return totals[-1] if totals else None

    def _az_them_named_by_their_fate(
        self, marker: tuple[int, int], figures: list[Figure]
    ) -> Figure | None:
        """ "Həlak olanların hamısı kişidir; onlardan biri …": persons named again by their
        fate, in the genitive or the ablative, in the sentence of "onlardan" and with no
        count of their own before it, are who "onlardan" speaks of: the latest figure of that
        fate, not the persons counted last ("16 nəfər yaralanıb")."""
        if self.language != "az" or marker[0] != marker[1]:
            return None
        if self.tokens[marker[0]].lower not in {"onlardan", "bunlardan"}:
            return None
        if any(f.last < marker[0] for f in figures):
            return None  # a count in the sentence before it: the rules of parts speak
        fate = ""
        for k in range(self.begin, marker[0]):
            trigger = self.trigger_at.get(k)
            if trigger is None or trigger.value in VERB_CLASSES:
                continue
            ends = [j for j in range(k, marker[0]) if j in self.trigger_ending]
            if ends and _NAMED_BY_FATE.search(self.tokens[ends[0]].lower):
                fate = trigger.value
        if not fate:
            return None
        named = [
            f for f in self.previous
            if f.category == fate and not f.quantity.zero and not self._for_comparison(f)
        ]  # fmt: skip
        return named[-1] if named else None

    def _az_fate_of_a_group_named_before_it(
        self, marker: tuple[int, int], figures: list[Figure], wanted: str
    ) -> Figure | None:
        """ "Mülki itkinlərin 141-i qadın": persons named by their fate in one word, after a
        word that names their group ("mülki", civilian), are the latest part of that fate
        counted by that word ("778-i mülki şəxsdir"), not the whole of the fate."""
        if self.language != "az" or not wanted or marker[0] != marker[1]:
            return None
        k = marker[0] - 1
        if k < self.begin or self.tokens[k].kind != "word" or k in self.trigger_ending:
            return None
        stem = self._stem(k)
        earlier = [*self.previous, *(f for f in figures if f.last < marker[0])]
        named = [
            f for f in earlier
            if f.category == wanted and f.parent is not None and stem in self._words_after(f)
        ]  # fmt: skip
        return named[-1] if named else None

    def _az_wholes_told_as_wholes(self, wholes: list[Figure]) -> list[Figure]:
        """ "Polis 163 nəfəri saxlayıb. … 12 nəfər barəsində cinayət işi başlanıb, onlardan
        7-si təcridxanadadır. Saxlanılanlar arasında 6 uşaq var": persons named by their fate
        are those counted by it as a whole, not a count taken "onlardan" (of them) from a
        count of another matter, though that count named no fate to be its whole. Only where
        such a whole is left: else the part is all there is."""
        if self.language != "az":
            return wholes
        told = [f for f in wholes if not self._az_taken_of_them(f)]
        return told or wholes

    def _az_taken_of_them(self, figure: Figure) -> bool:
        """Does "onlardan" or "bunlardan" stand right before the figure's number?"""
        k = figure.quantity.first - 1
        return k >= 0 and self.tokens[k].lower in {"onlardan", "bunlardan"}

    def _az_them_after_a_part(self, marker: tuple[int, int], before: Figure) -> bool:
        """Is the marker Azerbaijani "onlardan" set off by a comma right after the clause of
        a part (a figure with a whole of its own)?"""
        if self.language != "az" or before.parent is None:
            return False
        if self.tokens[marker[0]].lower != "onlardan" or marker[0] != marker[1]:
            return False
        comma = marker[0] - 1
        if comma <= before.last or self.tokens[comma].text != ",":
            return False
        between = range(before.last + 1, comma)
        return not any(self.tokens[k].text in {",", ";", ":"} for k in between)

    def _count_of_another_period(self, quantity: Quantity) -> bool:
        """ "7 ölüm faktı qeydə alınıb (ötən ilin eyni dövründə - 10). Onlardan 5-i …", "214
        died in prisons (2024: 187). Of those, 38 …": a count of another period in a
        parenthesis is no count "onlardan", "of those" could speak of between the figure and
        it; the figure of this period is still its whole (in any language). So is the
        figure's own earlier value, named as "this figure" ("7.300 nəfər yerindən edilib (7
        iyulda bu rəqəm 4.800 idi); onlardan …", "(on Monday the figure was 4,800)")."""
        opening = [k for k in range(max(0, quantity.first - 8), quantity.first)
                   if self.tokens[k].text == "("]  # fmt: skip
        if not opening:
            return False
        inside = self.tokens[opening[-1] : quantity.first]
        return other_period_in_parenthesis(inside) or _the_figure_named(inside)


# "This figure" in a parenthesis: the figure before it, at another time.
_THE_FIGURE = (("bu", "rəqəm"), ("bu", "göstərici"), ("bu", "say"), ("this", "figure"), ("the", "figure"),
               ("this", "number"), ("эта", "цифра"), ("это", "число"))  # fmt: skip


def _the_figure_named(inside: list[Token]) -> bool:
    words = [t.lower for t in inside]
    return any(pair in _THE_FIGURE for pair in itertools.pairwise(words))
