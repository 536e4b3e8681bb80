"""Counts of cases ("238 cases", «740 таких случаев», "90 hal"): whether a count counts cases
of an act rather than things ("212 cartridge cases"), which act they are cases of when they
name none of their own, and cases counted "in" as some of the cases counted before. Apart from
``binder`` because it is one question asked of a count, with its own words."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    _CASE_WORDS,
    Figure,
    _nest_if_fate_follows,
    resolve_category,
)
from rightsledger.analysis.statements.figures.said import SaidOfThem
from rightsledger.analysis.statements.lexicon import PENDING, PERSON
from rightsledger.analysis.statements.quantities import Quantity

# What stands before "cases" that count cases ("41 new cases", "30 such cases").
_CASE_ADJECTIVES = frozenset(
    {"new", "such", "further", "more", "other", "similar", "additional", "separate",
     "individual", "fresh", "known", "suspected", "alleged", "possible"}
)  # fmt: skip


# The endings of English nouns of an act before "cases" ("238 disappearance cases",
# "abduction cases", "ill-treatment cases", "killing cases", "torture cases").
_ACT_NOUN_ENDINGS = ("ance", "ence", "tion", "sion", "ment", "ing", "ure")


class CasesCounted(SaidOfThem):
    """The rules for counts of cases, applied by ``SentenceBinder.bind``."""

    def _cases_of_the_fate_before(self, figures: list[Figure]) -> None:
        """ "… puts the number of disappeared at 90, while lawyers have documented 238
        cases", «подтвердили 740 таких случаев», "238 hal": cases that name no act of their
        own are cases of what the latest figure counted."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.category or not self._counts_cases(quantity):
                continue
            if any(quantity.first <= t.first and t.last <= quantity.end_token + 2
                   for t in self.triggers):  # fmt: skip
                continue  # "238 cases of torture": an act of their own
            named = self._act_named_before_cases(quantity, figures)
            if named:
                # "Enforced disappearance remained widespread: the Report documented 97 new
                # cases": the act the sentence named, with no count of its own, is theirs.
                figure.category, figure.bound = named, "noun"
                continue
            earlier = [f for f in [*self.previous, *figures[:k]] if f.category and f.parent is None]
            if earlier:
                figure.category, figure.bound = earlier[-1].category, "noun"

    def _act_named_before_cases(self, quantity: Quantity, figures: list[Figure]) -> str:
        """The category of an act the sentence names before a count of cases, bound to no
        other figure ("" for none)."""
        used = {id(f.trigger) for f in figures if f.trigger is not None}
        for trigger in reversed(self.triggers):
            if trigger.last < quantity.first and id(trigger) not in used:
                category = resolve_category(trigger.value, PERSON)
                return "" if category in PENDING else category
        return ""

    def _cases_of_cases(self, figures: list[Figure]) -> None:
        """ "137 cases of disappearance … In 41 cases the fate remains unknown", «в сорока
        одном случае», "41 halda": cases counted "in" are some of the cases counted before."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.parent is not None or not self._counts_cases(quantity):
                continue
            before = self.tokens[quantity.first - 1] if quantity.first > self.begin else None
            if self.language != "az" and (before is None or before.lower not in {"in", "в"}):
                continue
            earlier = [
                f for f in [*self.previous, *figures[:k]]
                if f.category and f.parent is None and self._counts_cases(f.quantity)
            ]  # fmt: skip
            if not earlier:
                continue
            _nest_if_fate_follows(figure, earlier[-1])

    def _counts_cases(self, quantity: Quantity) -> bool:
        if self.language == "az":
            # The head noun ends the Azerbaijani phrase, after what the cases were of
            # ("90 məcburi yoxa çıxarılma halı").
            for k in range(quantity.last + 1, min(quantity.last + 6, self.end)):
                token = self.tokens[k]
                if token.kind != "word" or k in self.starts:
                    return False
                if token.lower.startswith(_CASE_WORDS["az"]):
                    return True
            return False
        if quantity.np_first < 0:
            return False
        for k in range(quantity.np_first, quantity.np_last + 1):
            token = self.tokens[k]
            if token.lower in _CASE_WORDS[self.language] or token.key in _CASE_WORDS[self.language]:
                return True
            if self.language == "en" and not self._case_modifier(k):
                return False  # "212 cartridge cases": cases of a thing, not of an act
        return False

    def _case_modifier(self, k: int) -> bool:
        """Can an English word stand before "cases" that count cases ("41 new cases", "12
        documented torture cases"): an adjective of kind or record, or an act?"""
        word = self.tokens[k].lower
        return (
            word in _CASE_ADJECTIVES
            or word.endswith(("ed", *_ACT_NOUN_ENDINGS))
            or k in self.trigger_at
        )
