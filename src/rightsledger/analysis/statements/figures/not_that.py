"""A figure given with the number it replaces: "23 (not 25)", "was 102, not 120", «13 (а не
11)», «13, а не 11», "13 (11 deyil)". The number after the negation is the figure that was
wrong: it is no claim, and the earlier figure of that number, said before, is dropped with
its parts; the right figure counts what the wrong one counted."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    Figure,
    Trigger,
    resolve_category,
    subgroup_of,
)
from rightsledger.analysis.statements.figures.still import StillSo
from rightsledger.analysis.statements.quantities import Quantity

# The negation before the wrong number, as one or two words.
_NOT = {"en": (("not",),), "ru": (("а", "не"), ("не",))}
_AZ_NOT = frozenset({"deyil", "yox"})
# How far after the wrong number's closing comma its verb may stand ("people were injured").
_REACH = 4


class NotThatNumber(StillSo):
    """Reads "the right number, not the wrong one" and drops the wrong one."""

    def _not_that_number(self, figures: list[Figure]) -> list[Figure]:
        wrongs: list[Quantity] = []
        for figure in figures:
            wrong = self._wrong_number_after(figure.quantity, figure.trigger)
            if wrong is None or figure.quantity.count is None:
                continue
            wrongs.append(wrong)
            self._share_what_the_wrong_one_counts(figure, wrong)
            earlier = [
                f for f in [*self.previous, *figures]
                if f.quantity.count == wrong.count and f.quantity is not wrong
                and f.quantity.first < figure.quantity.first and f.category
            ]  # fmt: skip
            if not earlier:
                continue
            said = earlier[-1]
            if not figure.category or (figure.category != said.category and figure.bound != "noun"):
                # "… was 102, not 120": the number counts what the wrong one counted.
                figure.category, figure.subgroup = said.category, said.subgroup
                figure.quantity.noun = said.quantity.noun
            if figure.parent is said or figure.parent is None:
                figure.parent = said.parent
            self.previous[:] = [f for f in self.previous if f is not said and f.parent is not said]
            figures = [f for f in figures if f is not said and f.parent is not said]
        return [f for f in figures if not any(f.quantity is w for w in wrongs)]

    def _share_what_the_wrong_one_counts(self, figure: Figure, wrong: Quantity) -> None:
        """ "23, not 32, people were injured", "23 people, not 32, were injured": a right
        number with no verb of its own, set off with the wrong one by commas, counts the
        noun and takes the verb that follow the second comma."""
        k = wrong.end_token + 1
        if figure.category or k >= self.end or self.tokens[k].text != ",":
            return
        k += 1
        noun = figure.quantity.noun
        phrase = self.lex.noun_set.match(self.tokens, k) if not noun else None
        if phrase is not None:
            noun, k = phrase.value, k + len(phrase.elements)
        for j in range(k, min(k + _REACH, self.end)):
            trigger = self.trigger_at.get(j)
            category = resolve_category(trigger.value, noun) if trigger is not None else ""
            if category:
                figure.quantity.noun, figure.subgroup = noun, subgroup_of(noun)
                figure.category, figure.trigger, figure.bound = category, trigger, "forward"
                return
            if self._is_boundary(self.tokens[j]):
                return

    def _wrong_number_after(self, quantity: Quantity, verb: Trigger | None) -> Quantity | None:
        """The number after "(not" or ", not" right after the figure's own number."""
        k = quantity.last + 1
        if k < self.end and self.tokens[k].text not in {"(", ","}:
            k = quantity.end_token + 1  # «34 человека (а не 40)»: after the counted noun
        if self.language == "az" and verb is not None and verb.first == k:
            k = verb.last + 1  # "34 nəfər saxlanılıb (40 deyil)": after the verb
        if k >= self.end or self.tokens[k].text not in {"(", ","}:
            return None
        k += 1
        if self.language == "az":
            # "23 nəfər (25 deyil)": the negation after the wrong number.
            wrong = self.starts.get(k)
            after = wrong.last + 1 if wrong is not None else self.end
            if wrong is not None and after < self.end and self.tokens[after].lower in _AZ_NOT:
                return wrong if wrong.count is not None else None
            return None
        for words in _NOT.get(self.language, ()):
            if all(
                k + i < self.end and self.tokens[k + i].lower == word
                for i, word in enumerate(words)
            ):
                wrong = self.starts.get(k + len(words))
                if wrong is not None and wrong.count is not None and wrong is not quantity:
                    return wrong
        return None
