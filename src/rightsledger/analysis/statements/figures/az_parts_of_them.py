"""Azerbaijani parts with no marker before them: a number with the possessive ending
opening its clause ("3 nəfər həlak olub, ikisi güllələnib") is "two of them", a part of the
persons counted just before, as if "onlardan" stood before it."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.nesting import _FATES_OF_PERSONS, Nesting
from rightsledger.analysis.statements.numerals import az_numeral_stem
from rightsledger.analysis.statements.quantities import Quantity

# The possessive ending of an Azerbaijani number, bare or before the accusative ("ikisi",
# "üçünü", "2-si", "3-nü"): "N of them".
_AZ_OF_THEM = re.compile(r"s?[ıiuü](?:n[ıiuü])?|n[ıiuü]")


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
            self._attach([figure], whole)
            if figure.parent is whole and not figure.category:
                figure.category, figure.bound = whole.category, "nested"

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
        or the accusative after it ("üçünü", "ikisini", "3-nü"), not another case ("300-ə
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
