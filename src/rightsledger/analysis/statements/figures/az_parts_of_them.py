"""Azerbaijani parts with no marker before them: a number with the possessive ending
opening its clause ("3 nəfər həlak olub, ikisi güllələnib") is "two of them", a part of the
persons counted just before, as if "onlardan" stood before it; and, in a dash list, persons
released or gone in a later item, a part of the detained of an earlier one."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.nesting import _FATES_OF_PERSONS, Nesting
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.numerals import az_numeral_stem
from rightsledger.analysis.statements.quantities import Quantity

# The possessive ending of an Azerbaijani number, bare or before the accusative ("ikisi",
# "üçünü", "2-si", "3-nü") or the genitive ("beşinin meyiti", the bodies of five of them;
# "ikisinin", "5-inin"): "N of them".
_AZ_OF_THEM = re.compile(r"s?[ıiuü](?:n[ıiuü]n?)?|n[ıiuü]")
# "Beşinin də" (the five, too) and "hər ikisi" (both of them): those just counted, again.
_TOO = frozenset({"də", "da"})
_EACH = "hər"
# A plural noun in the genitive: "oğlanların", "kişilərin" (of the boys, of the men).
_AZ_PLURAL_GENITIVE = ("ların", "lərin")
# "The other", "the remaining": persons apart from those just counted ("digər ikisi").
_THE_OTHER = frozenset({"digər", "qalan"})
# What opens an item of a list on its own line.
_LIST_DASHES = frozenset({"–", "—", "-", "•"})


class AzerbaijaniPartsOfThem(Nesting):
    """Binds an Azerbaijani "N of them" by its ending to the persons counted before it."""

    def _az_parts_of_them(self, figures: list[Figure]) -> None:
        """ "3 nəfər həlak olub, ikisi güllələnib", "… öldü, ikisini gözümün qabağında
        güllələdilər": an Azerbaijani number with the possessive ending and no marker before
        it, opening its clause, is "two of them": a part of the persons counted just before
        (as if "onlardan" stood before it)."""
        if self.language != "az":
            return
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.parent is not None or not self._az_of_them(quantity):
                continue
            if self._things_verb_after(quantity.end_token + 1):
                continue  # "3-ü tamamilə dağıdılıb": a verb of things, three of the things
            first = quantity.first
            if first > self.begin and self.tokens[first - 1].text not in {",", ";"}:
                continue
            if quantity.count is None or self._marker_ending(first - 1) is not None:
                continue
            before = [
                f
                for f in [*self.previous, *figures[:k]]
                if f.category
                and f.parent is None
                and f.quantity.count is not None
                and not self._for_comparison(f)
            ]
            whole = before[-1] if before else None
            if whole is None or whole.category not in _FATES_OF_PERSONS:
                continue
            if self._az_of_them(whole.quantity):
                # "onlardan 35-i saxlanılıb, 12-si xəsarət alıb" after a whole that is no
                # claim (those who took part): two parts of it side by side, not 12 of the 35.
                continue
            if not figure.category and self._az_own_predicate(quantity):
                continue  # "Biri yeriyə bilmirdi": one of them could not walk, no fate
            self._attach([figure], whole)
            if figure.parent is whole and not figure.category:
                figure.category, figure.bound = whole.category, "nested"
        self._az_later_fate_of_the_held(figures)
        self._az_the_same_again(figures)

    def _az_the_same_again(self, figures: list[Figure]) -> None:
        """ "Axşam onlardan beşini buraxdılar. Beşinin də bədəni göyərmişdi", "… ikisini
        buraxdılar. Hər ikisinin bədəni göyərmişdi": a number with the possessive ending and
        "də" (too) after it, or "hər" (each, both) before it, counting as many as the figure
        counted just before, is those same persons again: what befell them befell a part
        equal to that figure (the five released), not another part of its whole."""
        if self.language != "az":
            return
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if not figure.category or quantity.count is None or not self._az_of_them(quantity):
                continue
            after, before = quantity.end_token + 1, quantity.first - 1
            too = after < self.end and self.tokens[after].lower in _TOO
            each = before >= self.begin and self.tokens[before].lower == _EACH
            if not (too or each):
                continue
            if before >= self.begin and self.tokens[before].lower in _THE_OTHER:
                continue  # "digər ikisi isə hələ də həbsdədir": the other two, not those again
            earlier = [f for f in [*self.previous, *figures[:k]] if f.category]
            last = earlier[-1] if earlier else None
            named = self._az_named_by_the_genitive_before(quantity, earlier)
            last = named or last
            if last is None or last.quantity.count != quantity.count or last is figure.parent:
                continue
            if last.category == figure.category:
                continue  # the same fate said again, no part of itself
            figure.parent = last

    def _az_named_by_the_genitive_before(
        self, quantity: Quantity, earlier: list[Figure]
    ) -> Figure | None:
        """ "… iki yeniyetmə oğlanı apardılar. … Oğlanların ikisini də dəyişdilər": a plural
        noun in the genitive before the part names whom it counts again; the latest figure
        counting as many, whose own noun phrase has that noun, are those persons, though
        others were counted after them."""
        k = quantity.first - 1
        if k < self.begin or not self.tokens[k].lower.endswith(_AZ_PLURAL_GENITIVE):
            return None
        stem = self.tokens[k].lower[: -len("ların")]
        for whole in reversed(earlier):
            first, last = whole.quantity.np_first, whole.quantity.np_last
            if whole.quantity.count != quantity.count or first < 0:
                continue
            if any(t.lower.startswith(stem) for t in self.tokens[first : last + 1]):
                return whole
        return None

    def _az_later_fate_of_the_held(self, figures: list[Figure]) -> None:
        """ "– Saxlanılanların sayı: ən azı 74 nəfər … – 28 nəfər 48 saat ərzində azad edilib":
        in a dash list of what befell persons, an item counting persons released or whose
        whereabouts are unknown, with no whole of its own, is a part of the detained of an
        earlier item when they are the persons counted last and more. Sentences of running
        text ("… 21 nəfər azad edilərək ailələrinə qovuşub") may count others."""
        for k, figure in enumerate(figures):
            if figure.parent is not None or figure.category not in {"released", "disappeared"}:
                continue
            if figure.quantity.count is None or figure.quantity.noun not in {"", PERSON}:
                continue
            if any(f.last < figure.first for f in figures[:k]):
                continue  # a count before it in its sentence
            if not self._az_list_item_at(figure.first):
                continue
            before = [f for f in self.previous if f.category and not self._for_comparison(f)]
            wholes = [f for f in before if f.parent is None and f.category in _FATES_OF_PERSONS]
            if not wholes or wholes[-1].category != "detained":
                continue
            whole = wholes[-1]
            if whole.quantity.count is None or whole.quantity.count <= figure.quantity.count:
                continue
            if not self._az_list_item_at(whole.first):
                continue
            figure.parent = whole

    def _az_list_item_at(self, j: int) -> bool:
        """Does token ``j`` stand in an item of a dash list, a dash opening its line before
        it with no sentence's end between ("– 28 nəfər 48 saat ərzində azad edilib")?"""
        k = j - 1
        while k >= 0 and self.tokens[k].text not in {".", "!", "?"}:
            if self.tokens[k].text in _LIST_DASHES and (k == 0 or self.tokens[k].newline_before):
                return True
            k -= 1
        return False

    def _things_verb_after(self, j: int) -> bool:
        """Does a verb only things suffer ("dağıdılıb", "uçub") come in the clause from ``j``?"""
        k = j
        while k < self.end and self.tokens[k].text not in {",", ";", ".", ":"}:
            trigger = self.trigger_at.get(k)
            if trigger is not None and trigger.value in {"destroy", "collapse"}:
                return True
            k += 1
        return False

    def _az_of_them(self, quantity: Quantity) -> bool:
        """Is the number "N of them" by its ending, the possessive ("ikisi", "2-si", "üçü")
        or the accusative or genitive after it ("üçünü", "ikisini", "3-nü", "beşinin"), not
        another case ("300-ə
        qədər", "5-dən çox")?"""
        words = self.tokens[quantity.first : quantity.last + 1]
        last = words[-1]
        digits = [t for t in words if t.kind == "num" and t.suffix]
        if digits:
            ending = digits[-1].suffix.lower()  # "2-si": the ending read onto the digits
        elif len(words) > 2 and words[-2].text == "-" and words[-3].kind == "num":
            ending = last.lower  # "2-si", the ending a word of its own after the hyphen
        else:
            stem = az_numeral_stem(last.lower)
            ending = last.lower[len(stem) :] if stem and stem != last.lower else ""
        return _AZ_OF_THEM.fullmatch(ending) is not None
