"""A headcount added after the act, as witnesses give it: "They held us in the gym for a week,
about sixty of us", «Нас держали в гараже две недели, человек шестьдесят», «…увезли на
автобусах — всего в автобусах было человек тридцать», "Sübh tezdən kəndimizi tərk etdik, qırx ailə idik".

The clause before the comma or dash names the act and whom it befell ("us", "the men"); the
count after it only says how many they were: "N of us/them", «нас было N», «было человек N»,
a Russian count with its noun put first («человек шестьдесят»), "N nəfər idik/idilər". Such a
count of persons or families takes the act of the clause right before it in the same sentence.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure, Trigger, resolve_category
from rightsledger.analysis.statements.figures.tolls import TollsNamedBefore
from rightsledger.analysis.statements.lexicon import FAMILY, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity

_BREAKS = frozenset({",", "—", "–"})
_US_OR_THEM = frozenset({"us", "them"})
# «нас было», «всего было», «в автозаке было»: the words of being before a Russian headcount.
_WAS = frozenset({"было", "нас", "всего", "их"})
# «Отпустили нас, двадцать восемь человек», "held us, some forty people": the object the
# headcount counts again.
_OBJECTS_COUNTED_AGAIN = {"ru": frozenset({"нас", "их"}), "en": _US_OR_THEM}
# "qırx ailə idik", "altmış nəfər idilər": the Azerbaijani copula after the headcount.
_AZ_WERE = frozenset({"idik", "idilər", "idi", "idiler"})
# Verb classes that give persons a fate of their own ("held" us, "seized" them).
_FATES_OF_PERSONS = frozenset({"hold", "seize"})


class HeadcountsAfterTheAct(TollsNamedBefore):
    """Binds a headcount set after its act's clause to that act."""

    def _headcounts_after_the_act(self, figures: list[Figure]) -> None:
        for figure in figures:
            if figure.category or figure.parent is not None:
                continue
            quantity = figure.quantity
            if quantity.zero or quantity.non_count:
                continue
            # A headcount counts persons or families, not things ("iki mərtəbəli ev idi", a
            # two-storey house, is no count of houses).
            if quantity.noun not in {"", PERSON, FAMILY} and not names_group(quantity.noun):
                continue
            opening = self._headcount_opening(quantity)
            if opening is None:
                continue
            act = self._act_before(opening)
            if act is None:
                continue
            category = resolve_category(act.value, quantity.counted or PERSON)
            if not category:
                continue
            figure.category, figure.trigger, figure.bound = category, act, "clause"
            if not quantity.noun and quantity.np_last < 0:
                # "police arrested the nurses as well, nine of them": the count is of the
                # group the act names.
                quantity.noun = self._group_named(act.last + 1, opening)

    def _headcount_opening(self, quantity: Quantity) -> int | None:
        """The comma or dash that opens a headcount, if the count is one."""
        k = quantity.start_token - 1
        if self.language == "en":
            nxt = quantity.end_token + 1
            of_us = (
                nxt + 1 < self.end
                and self.tokens[nxt].lower == "of"
                and self.tokens[nxt + 1].lower in _US_OR_THEM
            )
            # "They held us, some forty people, in a barn": the object counted again.
            again = quantity.np_last >= 0 and self._us_or_them_before(k)
            if not of_us and not again:
                return None
            if k > self.begin and self.tokens[k].lower == "all":
                k -= 1
        elif self.language == "ru":
            inverted = 0 <= quantity.np_first < quantity.first
            words = 0
            while k > self.begin and self.tokens[k].lower in _WAS and words < 3:
                k, words = k - 1, words + 1
            if not words and not inverted and not self._us_or_them_before(k):
                return None
            # «всего в автозаке было …»: a place between «всего» and «было».
            if words and self.tokens[k].text not in _BREAKS:
                j = k
                while j > self.begin and j > k - 4 and self.tokens[j].text not in _BREAKS:
                    j -= 1
                if self.tokens[j].text in _BREAKS and self.tokens[j + 1].lower == "всего":
                    k = j
        else:
            # The copula may be read into the counted noun's phrase ("ailə idik").
            ends = {quantity.end_token, quantity.end_token + 1}
            if not any(k < self.end and self.tokens[k].lower in _AZ_WERE for k in ends):
                return None
        if k <= self.begin or self.tokens[k].text not in _BREAKS:
            return None
        return k

    def _us_or_them_before(self, k: int) -> bool:
        """Is ``k`` a comma closing a clause whose object is «нас» / «их» («Отпустили нас
        14 марта, двадцать восемь человек»), as "…, N of us" says it in English?"""
        if k <= self.begin or self.tokens[k].text != ",":
            return False
        j = k - 1
        while j >= self.begin and self.tokens[j].text not in _BREAKS:
            if self.tokens[j].lower in _OBJECTS_COUNTED_AGAIN[self.language]:
                return True
            j -= 1
        return False

    def _act_before(self, opening: int) -> Trigger | None:
        """The act of the clause right before ``opening``, in the same sentence, with no
        other count between them."""
        counted = [
            q.end_token for q in self.quantities
            if self.begin <= q.end_token < opening and not q.non_count
        ]  # fmt: skip
        last = max(counted, default=self.begin - 1)
        acts = [
            t for t in self.triggers
            if last < t.first and t.last < opening
            and (t.value in _FATES_OF_PERSONS or resolve_category(t.value, PERSON))
        ]  # fmt: skip
        return acts[-1] if acts else None
