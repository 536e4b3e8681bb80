"""A headcount added after the act, as witnesses give it: "They held us in the gym for a week,
about sixty of us", «Нас держали в гараже две недели, человек шестьдесят», «…увезли на
автобусах — всего в автобусах было человек тридцать», "Sübh tezdən kəndimizi tərk etdik, qırx ailə idik".

The clause before the comma or dash names the act and whom it befell ("us", "the men"); the
count after it only says how many they were: "N of us/them", «нас было N», «было человек N»,
a Russian count with its noun put first («человек шестьдесят»), "N nəfər idik/idilər". Such a
count of persons or families takes the act of the clause right before it in the same sentence
(a part given its whole's fate for want of one takes it too: "…, all eight of them").

English witnesses also give the headcount in a clause of its own opened by "there were",
after an act of detention or capture that counted no one ("They arrested all the men in the
square. I think there were about sixty."), or where the sentence says the persons were in a
cell ("In my cell there were fourteen of us"): a cell holds only the held.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    Figure,
    Trigger,
    counts_only_inside,
    resolve_category,
)
from rightsledger.analysis.statements.figures.tolls import TollsNamedBefore
from rightsledger.analysis.statements.lexicon import FAMILY, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import FULL_STOPS

# A comma, a dash or a colon before the headcount ("kəndi tərk etdik: qırx ailə idik").
_BREAKS = frozenset({",", "—", "–", ":"})
_US_OR_THEM = frozenset({"us", "them"})
# «нас было», «всего было», «в автозаке было»: the words of being before a Russian headcount.
_WAS = frozenset({"было", "нас", "всего", "их"})
# «все жители — около 600 человек»: the dashes that set a headcount after the whole group;
# «все» and its group's words (up to three: «все жители этого села») before the dash.
_DASHES = frozenset({"—", "–"})
_ALL = frozenset({"все", "всех"})
_ALL_REACH = 3
# «Отпустили нас, двадцать восемь человек», "held us, some forty people": the object the
# headcount counts again.
_OBJECTS_COUNTED_AGAIN = {"ru": frozenset({"нас", "их"}), "en": _US_OR_THEM}
# "qırx ailə idik", "altmış nəfər idilər": the Azerbaijani copula after the headcount.
_AZ_WERE = frozenset({"idik", "idilər", "idi", "idiler"})
# A bare headcount given as a total: "twelve in all", "fourteen in total".
_IN_ALL = frozenset({("in", "all"), ("in", "total")})
# Between "there were" and a headcount: "there were already about thirty".
_ADVERBS_OF_A_HEADCOUNT = frozenset({"already", "still", "then"})
# The past of the witness's account: "there were", "there was" ("there are" says now).
_WERE = frozenset({"were", "was"})
# What an act must have done to persons for a later headcount to count them.
_TAKEN = frozenset({"detained", "captured"})
# Where only the held are kept: a headcount there counts detainees ("In my cell there were
# fourteen of us"), unlike persons gathered anywhere else ("There were fifteen of us in the
# cellar").
_CELLS = frozenset({"cell", "cells"})
# Verb classes that give persons a fate of their own ("held" us, "seized" them).
_FATES_OF_PERSONS = frozenset({"hold", "seize"})


class HeadcountsAfterTheAct(TollsNamedBefore):
    """Binds a headcount set after its act's clause to that act."""

    def _headcounts_after_the_act(self, figures: list[Figure]) -> None:
        for figure in figures:
            # A part that took its whole's fate for want of its own ("Eight came back. They
            # said they had been beaten, all eight of them"): the act of its clause is its own.
            nested = figure.bound == "nested" and figure.parent is not None
            if (figure.category or figure.parent is not None) and not nested:
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
            if nested and self._counted_before(opening):
                continue  # "Eleven prisoners died in custody, three of them in the block"
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

    def _in_all_after(self, k: int) -> bool:
        """Does "in all", "in total" or "altogether" follow a bare headcount at ``k``?"""
        words = tuple(t.lower for t in self.tokens[k : min(k + 2, self.end)])
        return words in _IN_ALL or words[:1] == ("altogether",)

    def _counted_before(self, opening: int) -> bool:
        """Does the sentence count anyone before ``opening``?"""
        return any(self.begin <= q.first < opening and not q.non_count for q in self.quantities)

    def _headcount_of_the_taken_before(self, figures: list[Figure]) -> None:
        """ "They arrested all the men in the square. I think there were about sixty.": a
        headcount opened by "there were", with no act of its own, counts the persons an act
        of detention or capture took just before it, in its sentence or the one before, with
        no count of them given between (English). Persons gathered ("We hid in the cellar.
        There were fifteen of us") were taken by no act, and are no figure."""
        if self.language != "en":
            return
        for figure in figures:
            quantity = figure.quantity
            if figure.category or figure.parent is not None or quantity.most is None:
                continue
            if quantity.zero or (
                quantity.noun not in {"", PERSON} and not names_group(quantity.noun)
            ):
                continue  # "there were no journalists in prison" counts none taken
            there = self._there_were_before(quantity.start_token)
            if there is None:
                continue
            act = self._taking_before(there) or self._cell_in_the_sentence(quantity)
            if act is None:
                continue
            figure.category = resolve_category(act.value, PERSON)
            figure.trigger, figure.bound = act, "clause"
            if not quantity.noun and quantity.np_last < 0:
                quantity.noun = self._group_named(act.last + 1, there)

    def _cell_in_the_sentence(self, quantity: Quantity) -> Trigger | None:
        """A cell the sentence names, as the act of holding the persons counted there (not
        the cells counted: "there were 12 cells in the block")."""
        for k in range(self.begin, self.end):
            if quantity.first <= k <= max(quantity.end_token, quantity.np_last) + 1:
                continue
            if self.tokens[k].lower in _CELLS:
                return Trigger(k, k, "detained")
        return None

    def _there_were_before(self, k: int) -> int | None:
        """The "there" of "there were (already) …" right before the count at ``k``."""
        k -= 1
        if k > self.begin and self.tokens[k].lower in _ADVERBS_OF_A_HEADCOUNT:
            k -= 1
        if k <= self.begin or self.tokens[k].lower not in _WERE:
            return None
        return k - 1 if self.tokens[k - 1].lower == "there" else None

    def _taking_before(self, there: int) -> Trigger | None:
        """The last act of detention or capture before ``there``, in its sentence or the one
        before (one paragraph), with no count between it and ``there``."""
        tokens = self.tokens
        first = self.begin
        if first > 0 and tokens[first].newline_before <= 1:
            first -= 1  # the stop of the sentence before, then back to its first word
            while (
                first > 0
                and tokens[first - 1].text not in FULL_STOPS
                and tokens[first].newline_before <= 1
            ):
                first -= 1
        counted = [
            q.end_token for q in self.all_quantities
            if first <= q.end_token < there and not q.non_count
        ]  # fmt: skip
        first = max([first, *(k + 1 for k in counted)])
        for k in range(there - 1, max(first, 0) - 1, -1):
            phrase = self.lex.trigger_set.match(tokens, k)
            if phrase is None:
                continue
            end = phrase.end_at(tokens, k)
            if end is None or end > there:
                continue
            if counts_only_inside(phrase.value, self.language):
                continue
            if resolve_category(phrase.value, PERSON) in _TAKEN:
                return Trigger(k, end - 1, phrase.value)
        return None

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
            # "They took the men from our street, twelve in all": a total of those taken.
            in_all = quantity.np_last < 0 and self._in_all_after(nxt)
            if not of_us and not again and not in_all:
                return None
            if k > self.begin and self.tokens[k].lower == "all":
                k -= 1
        elif self.language == "ru":
            inverted = 0 <= quantity.np_first < quantity.first
            words = 0
            while k > self.begin and self.tokens[k].lower in _WAS and words < 3:
                k, words = k - 1, words + 1
            if (
                not words
                and not inverted
                and not self._us_or_them_before(k)
                and not self._all_of_a_group_before(k)
            ):
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

    def _all_of_a_group_before(self, k: int) -> bool:
        """Is ``k`` a dash right after «все» and the group it names («село покинули почти
        все жители — около 600 человек», «согнали всех мужчин — человек сорок»)? The count
        after it says how many that whole group was."""
        if k <= self.begin or self.tokens[k].text not in _DASHES:
            return False
        before = [t.lower for t in self.tokens[max(self.begin, k - _ALL_REACH - 1) : k]]
        return any(word in _ALL for word in before[:-1])

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
