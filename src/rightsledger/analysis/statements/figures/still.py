"""Persons still in the state a figure before counted: "eight remain in custody", «под стражей
остаются 19 человек», "130 remain missing", "8 nəfər hələ də girovluqda qalır". Only
persons already so can remain so: the count is the part of the latest figure of that fate that
is left after the others counted of it, if it fits in it."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.subgroups import Subgroups
from rightsledger.analysis.statements.figures.whose_whole_has_no_fate import (
    whole_of_the_relative_has_no_fate,
)
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, FULL_STOPS, Token

# Words that say a state goes on: the verb of remaining and the adverbs of "still".
_STILL = frozenset(
    {"remain", "remains", "remained", "still", "остаются", "остаётся", "остается",
     "оставались", "остались", "по-прежнему", "прежнему", "hələ", "qalır", "qalmaqdadır",
     # "Hazırda 20 nəfər həbsdə saxlanılır", «в настоящее время под стражей находятся 22
     # человека», «сейчас»: held now, after the count of all who were.
     "hazırda", "настоящее", "сейчас",
     # «до сих пор находятся под арестом»: "until now", by its one word found nowhere else.
     "сих"}
)  # fmt: skip
# "Daha" (more) before a count that adds to an earlier one.
_AZ_MORE = "daha"
# States that go on (one is not killed or released "still").
_LASTING = frozenset({"detained", "captured", "missing", "disappeared", "displaced"})
# Waiting (to cross, to be evacuated), a state that has not begun the displacement yet.
_WAITING_STEMS = ("gözlə",)
# Qualifiers of a count only estimated: "about 20", "up to 12", «около десяти», «до 15».
_ESTIMATES = frozenset({"about", "at_most"})


class StillSo(Subgroups):
    """Binds a count of those still in a state to the figure that counted the state first."""

    def _still_so(self, figures: list[Figure]) -> None:
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.parent is not None or figure.category not in _LASTING:
                continue
            if quantity.count is None or not self._said_to_go_on(figure):
                continue
            if self._waiting_to_go(figure):
                continue  # "hazırda 20 nəfər təxliyəni gözləyir": not gone yet, no rest of it
            if self.language == "en" and whole_of_the_relative_has_no_fate(
                self.tokens, self.quantities, figures, figure
            ):
                continue  # "against 31 persons, 12 of whom remain in detention": of the 31
            earlier = [
                f for f in [*self.previous, *figures[:k]]
                if f.parent is None and f.category == figure.category and not self._az_added(f)
            ]  # fmt: skip
            if not earlier:
                continue
            whole = earlier[-1]
            most = whole.quantity.most
            if most is None or quantity.count >= most:
                continue  # the same number again, or more: a figure of its own, not a rest
            if {quantity.qualifier, whole.quantity.qualifier} <= _ESTIMATES:
                # "About 20 are believed to be under the rubble … up to 12 are still
                # unaccounted for": nothing is left over from a guess; a new estimate of the
                # same persons revises the old one.
                continue
            if quantity.noun not in {"", PERSON, whole.quantity.noun}:
                continue  # "… and three guards are still held": others, not a rest
            if self._one_verb_of_both(whole, figure):
                continue  # "3,500 soldiers and 900 civilians remain in captivity": side by side
            figure.parent = whole

    def _az_added(self, figure: Figure) -> bool:
        """ "… 540 nəfər saxlanılıb. … Sonradan daha 80 nəfər saxlanılıb. Hazırda 142 nəfər
        həbsdədir": a count with "daha" (more) before it adds to the figure of all who were
        so; those still so remain of all of them, not of the few added last (Azerbaijani)."""
        first = figure.quantity.first
        return self.language == "az" and first > 0 and self.tokens[first - 1].lower == _AZ_MORE

    def _said_to_go_on(self, figure: Figure) -> bool:
        """Does a word of "still" stand between the count and its verb, or just before the
        two, inside their clause?"""
        trigger = figure.trigger
        if trigger is None:
            return False
        quantity = figure.quantity
        first = min(quantity.first, trigger.first)
        last = max(quantity.end_token, trigger.last)
        start = max(self.begin, first - 2)
        return any(
            self.tokens[j].lower in _STILL
            for j in range(start, last + 1)
            if not quantity.first <= j <= quantity.last
        )

    def _waiting_to_go(self, figure: Figure) -> bool:
        """Does the figure count persons waiting to cross or be evacuated ("keçidi
        gözləyir")? They are counted as displaced, yet have not left as those counted
        before did: no rest of them."""
        trigger = figure.trigger
        return trigger is not None and any(
            self.tokens[j].lower.startswith(_WAITING_STEMS)
            for j in range(trigger.first, trigger.last + 1)
        )

    def _one_verb_of_both(self, whole: Figure, figure: Figure) -> bool:
        """Are the two counts subjects of one verb, the whole's taken from the part's by
        coordination ("3,500 soldiers and 900 civilians remain in captivity")? Then they
        stand side by side, and neither is what is left of the other."""
        if whole.bound != "coordinated" or figure.trigger is None:
            return False
        between = self.tokens[whole.quantity.end_token + 1 : figure.quantity.first]
        return (
            whole.quantity.first < figure.quantity.first < figure.trigger.first
            and any(t.lower == "and" for t in between)
            and not any(t.text in CLAUSE_STOPS for t in between)
        )


# What says persons counted are left out of the figures that follow: "A further 23 people
# detained after 30 June are not included", "… were not counted", "… are excluded".
_LEFT_OUT_AFTER_NOT = frozenset({"included", "counted"})
_LEFT_OUT = frozenset({"excluded"})


def left_out_of_the_count(tokens: list[Token], figure: Figure) -> bool:
    """Is the figure said, in the rest of its sentence and line, to be left out of the count ("A
    further 23 people detained later are not included")? Those released "of those counted"
    after it are then of the figure before it, not of these."""
    k = figure.last + 1
    while k < len(tokens) and tokens[k].text not in FULL_STOPS and not tokens[k].newline_before:
        word = tokens[k].lower
        if word in _LEFT_OUT or (word in _LEFT_OUT_AFTER_NOT and tokens[k - 1].lower == "not"):
            return True
        k += 1
    return False
