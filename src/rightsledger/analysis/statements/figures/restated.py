"""Wholes named again: a whole taken with the definite article after "of" that repeats the
count of an earlier figure ("Of the 44, 30 were named") is that figure, and so are
casualties that name an earlier figure again ("one of those two casualties died")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.beside_the_object import BesideTheObject
from rightsledger.analysis.statements.figures.core import _DEFINITE, Figure
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.counted_noun import RU_CASE_WORDS


class RestatedWholes(BesideTheObject):
    """Finds the earlier figure a whole names again."""

    def _restated_wholes(self, figures: list[Figure]) -> list[Figure]:
        """ "Bodies of 44 people were found. Of the 44, 30 were named so far",
        «Из этих 44 опознаны 30»: a whole taken with the definite article or a demonstrative
        after "of"/«из» that repeats the count of an earlier figure is that figure named
        again — no figure of its own; its parts are that figure's parts. So is one with a
        noun that names those persons again ("Of the 75 victims, 60 …" after "killed 75
        people"). A whole with a count of its own ("Of the 40 detainees, 21 …" after "38
        were killed") stays."""
        out: list[Figure] = []
        for k, figure in enumerate(figures):
            earlier = self._named_again(figure, [*self.previous, *figures[:k]])
            if earlier is None:
                out.append(figure)
                continue
            for other in figures:
                if other.parent is figure:
                    other.parent = earlier
                    if not other.category:
                        # "Of the 38, 21 were men": a part that names no fate of its own
                        # counts what befell the figure named again.
                        other.category, other.bound = earlier.category, "nested"
                        _lend_fate_to_parts(other, figures)
        return out

    def _parts_of_casualties_named_again(
        self, figures: list[Figure], kept: list[Figure]
    ) -> list[Figure]:
        """ "Two men were wounded. … One of those two casualties died": casualties that are no
        figure of their own but name an earlier figure again lend it their parts."""
        for dropped in [f for f in figures if not any(f is g for g in kept)]:
            before = [*self.previous, *(g for g in kept if g.last < dropped.quantity.first)]
            earlier = self._named_again(dropped, before)
            for other in kept:
                if earlier is not None and other.parent is dropped:
                    other.parent = earlier
        return kept

    def _ru_whole_of_the_same_fate(self, figure: Figure, k: int) -> bool:
        """Is the figure a Russian whole after «из» or «среди» named by its fate («из 22
        погибших»), with no word of who else they are?"""
        quantity = figure.quantity
        return (
            self.language == "ru"
            and k >= self.begin
            and self.tokens[k].lower in {"из", "среди"}
            and bool(figure.category)
            and not quantity.noun
            and figure.bound == "forward"
            and figure.trigger is not None
            and figure.trigger.first == quantity.end_token + 1
        )

    def _ru_bare_count_after_of(self, quantity: Quantity, k: int) -> bool:
        """Is the count a Russian number alone after «из» or «среди», with no noun or fate
        of its own («семеро из 38»)?"""
        return (
            self.language == "ru"
            and k > self.begin
            and self.tokens[k].lower in {"из", "среди"}
            and not quantity.noun
            and quantity.np_last < 0
            and quantity.end_token == quantity.last
        )

    def _ru_cases_again_after_of(self, quantity: Quantity, k: int) -> bool:
        """Is the count a Russian count of cases after «из» («в 58 из 247 случаев»), the
        whole a part of the cases is taken from?"""
        return (
            self.language == "ru"
            and k > self.begin
            and self.tokens[k].lower == "из"
            and quantity.np_last >= 0
            and self.tokens[quantity.np_last].key in RU_CASE_WORDS
        )

    def _az_count_again_in_the_ablative(self, figure: Figure) -> bool:
        """Is the figure an Azerbaijani count with no fate of its own, of persons, in the
        ablative ("2 300 nəfərdən", "bu 2 300-dən")?"""
        if self.language != "az" or figure.category or figure.quantity.count is None:
            return False
        quantity = figure.quantity
        last = max(quantity.last, quantity.np_last)
        return self.tokens[last].lower.endswith(("dan", "dən"))

    def _named_again(self, figure: Figure, earlier: list[Figure]) -> Figure | None:
        quantity = figure.quantity
        if quantity.qualifier != "exact":
            return None
        k = quantity.first - 1
        if self._ru_whole_of_the_same_fate(figure, k):
            # «Погибли 22 человека … Из 22 погибших 5 — дети»: Russian has no article; the
            # whole of the same count and fate is the earlier figure again.
            same = [
                f for f in earlier
                if f.parent is None and f.category == figure.category
                and f.quantity.count == quantity.count
            ]  # fmt: skip
            return same[-1] if same else None
        if self._ru_bare_count_after_of(quantity, k) or self._ru_cases_again_after_of(quantity, k):
            # «В больницу доставлены 38 человек … Семеро из 38 в реанимации», «Выявлено 247
            # случаев пыток … В 58 из 247 случаев пострадавшими были …»: Russian has no
            # article; a bare count, or cases, after «из» that repeat an earlier whole's count
            # are that whole named again.
            same = [
                f for f in earlier
                if f.parent is None and f.category and f.quantity.count == quantity.count
            ]  # fmt: skip
            if same:
                return same[-1]
        if self._az_count_again_in_the_ablative(figure):
            # "1 540 nəfər itkin düşüb. Siyahıdakı 1 540 nəfərdən 190-ı qadındır": Azerbaijani
            # has no article; a count with no fate of its own, in the ablative a part is
            # taken from, that repeats an earlier whole's count names those persons again.
            same = [
                f for f in earlier
                if f.parent is None and f.category and f.quantity.count == quantity.count
                and _names_again(quantity, f)
            ]  # fmt: skip
            return same[-1] if same else None
        if k <= self.begin or self.tokens[k].lower not in _DEFINITE:
            return None
        if self.tokens[k - 1].lower not in {"of", "among", "из", "среди"}:
            return None
        same = [
            f for f in earlier
            if (f.parent is None or _names_the_same_group(quantity, f))
            and f.category and f.quantity.count == quantity.count
            and _names_again(quantity, f)
        ]  # fmt: skip
        if not same and not quantity.noun and quantity.np_last < 0:
            # "Of those detained, 212 said they had been beaten. Of the 212, 27 …": a bare
            # count that repeats a part's count, with no whole of that count, is that part.
            same = [
                f for f in earlier
                if f.category and f.quantity.qualifier == "exact"
                and f.quantity.count == quantity.count
            ]  # fmt: skip
        return same[-1] if same else None


def _lend_fate_to_parts(whole: Figure, figures: list[Figure]) -> None:
    """ "Of the 58, 12 were children, including 4 under five": the parts of a part that took
    its fate only from the whole named again were read before it had one; they take it too."""
    for part in figures:
        if part.parent is whole and not part.category:
            part.category, part.bound = whole.category, "nested"
            _lend_fate_to_parts(part, figures)


def _names_the_same_group(quantity: Quantity, earlier: Figure) -> bool:
    """Does the count name, by its group, the same persons as an earlier part ("Of the 317
    women, 21 …" after "317 were women")? A part is named again only by its group."""
    return names_group(quantity.noun) and quantity.noun == earlier.quantity.noun


def _names_again(quantity: Quantity, earlier: Figure) -> bool:
    """Does the count's noun, if any, name the persons of the earlier figure: none, persons or
    victims, the earlier noun itself, or the noun of the earlier fate ("the 212 dead")?"""
    if not quantity.noun and quantity.np_last < 0:
        return True
    noun = quantity.noun
    return noun in {PERSON, earlier.quantity.noun, f"implied:{earlier.category}"}
