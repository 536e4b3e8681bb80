"""Lists that spell out the figure they follow: after a colon or dash ("19 died: nine women,
six men", «погибли 19 человек: девять женщин, шесть мужчин»), or in a parenthesis right after
the counted persons ("9 persons (six men and three women)", "8 sakini (5 kişi, 3 qadın)"), or
in clauses of their own after a colon that share the figure's fate and whose counts together do
not exceed it ("the fire killed 12: seven died in the hall and five on the stairs")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.adjuncts import mark_past_an_adjunct
from rightsledger.analysis.statements.figures.core import _PARENTHESIS_CLOSE, Figure
from rightsledger.analysis.statements.figures.ru_among_a_fate import RussianPartsAmongAFate
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# The preposition of where each count of a breakdown came from ("41 from Site A"); where
# an act happened ("7 in Osk and 5 in Tarn") makes no parts (``test_phrase_grammar``).
_PLACE_PREPOSITIONS = frozenset({"from"})


# What opens how a part of a list after a colon fared, its verb left out: "two after being
# struck by vehicles", "three from burns" (not where: "5 in Tarn").
_HOW_IT_BEFELL = frozenset({"after", "from", "of", "by", "when", "while"})


# Azerbaijani predicates of belonging after the persons the remains are of ("52 nəfərə
# məxsusdur"), which stand between a figure and the list that spells it out.
_BELONGING_AFTER = frozenset({"məxsusdur", "məxsusdurlar", "məxsus"})


def counted_at_a_place(tokens: list[Token], quantity: Quantity, end: int) -> bool:
    """ "41 from Site A": a bare count with the place it came from, an item of a breakdown."""
    after = quantity.end_token + 1
    return quantity.noun == "" and after < end and tokens[after].lower in _PLACE_PREPOSITIONS


class SpelledOut(RussianPartsAmongAFate):
    """Binds the items of a list to the figure the list spells out."""

    def _spelled_out(self, figures: list[Figure]) -> None:
        for whole in figures:
            self._after_a_colon(whole, figures)
        for whole in figures:
            self._parenthesised_breakdown(whole, figures)
        for whole in figures:
            self._clauses_after_a_colon(whole, figures)
        for whole in figures:
            self._places_after_a_colon(whole, figures)

    def _places_after_a_colon(self, whole: Figure, figures: list[Figure]) -> None:
        """ "Remains of 58 individuals were recovered in total: 41 from Site A, 8 from Site B
        and 9 from Site C", "Of the 125 killed: men 70, women 33": bare counts after a colon,
        each with the place it came from or after its group's noun, that together do not
        exceed the figure, are its parts (English; the counts have no verb of their own)."""
        j = self._breakdown_mark(whole, figures)
        if self.language != "en" or not whole.category or j >= self.end:
            return
        if self.tokens[j].text != ":" or whole.quantity.most is None:
            return
        items = [f for f in figures if f.quantity.first > j and f.parent is None]
        if len(items) < 2 or not (
            all(self._counted_at_a_place(f) for f in items)
            or all(self._counted_after_its_group(f) for f in items)
        ):
            return
        counts = [f.quantity.count for f in items]
        if None in counts or sum(c or 0 for c in counts) > whole.quantity.most:
            return
        for item in items:
            item.parent, item.category, item.bound = whole, whole.category, "nested"

    def _counted_after_its_group(self, figure: Figure) -> bool:
        """ "men 70, women 33" (``noun_before_count``): a bare number after its group's noun."""
        quantity = figure.quantity
        if figure.category or quantity.np_last >= 0 or not names_group(quantity.noun):
            return False
        return any(
            phrase is not None and start + len(phrase.elements) == quantity.first
            for start in range(max(self.begin, quantity.first - 3), quantity.first)
            for phrase in [self.lex.noun_set.match(self.tokens, start)]
        )

    def _counted_at_a_place(self, figure: Figure) -> bool:
        return not figure.category and counted_at_a_place(self.tokens, figure.quantity, self.end)

    def _after_a_colon(self, whole: Figure, figures: list[Figure]) -> None:
        """A list after a colon or dash spells out its figure: "19 died: nine women, six men"."""
        j = self._breakdown_mark(whole, figures)
        if not whole.category or j >= self.end or self.tokens[j].text not in {":", "—", "–"}:
            return
        items = self._list_after(j + 1, figures)
        if items and (
            all(item.quantity.noun for item in items) or self._groups_with_unknown(items, whole)
        ):
            self._attach_list(items, whole)

    @staticmethod
    def _groups_with_unknown(items: list[Figure], whole: Figure) -> bool:
        """ "27 nəfər həbs olunub: 10 jurnalist, 12 fəal və 5 vəkil": a list of groups may
        name one the lexicon does not know (activists, bloggers); it spells out the figure
        still if another item names a group, each unknown one has a noun after its count,
        and the counts together are no more than the figure."""
        if not any(names_group(item.quantity.noun) for item in items):
            return False
        if any(not item.quantity.noun and item.quantity.np_last < 0 for item in items):
            return False
        counts = [item.quantity.count for item in items]
        most = whole.quantity.most
        return most is not None and None not in counts and sum(c or 0 for c in counts) <= most

    def _clauses_after_a_colon(self, whole: Figure, figures: list[Figure]) -> None:
        """ "The fire killed 12: seven died in the hall and five on the stairs", «погибли
        11: восемь на месте, ещё трое в больнице», "12 nəfər ölüb: 7-si zalda, 5-i pilləkəndə":
        the clauses after a colon that count the same fate as the figure before it, two or
        more, whose counts together do not exceed it, tell how it came about, place by
        place or stage by stage; each is a part of it."""
        j = self._breakdown_mark(whole, figures)
        if not whole.category or j >= self.end or self.tokens[j].text != ":":
            return
        most = whole.quantity.most
        after = [f for f in figures if f.quantity.first > j and f.parent in (None, whole)]
        if most is None or len(after) < 2:
            return
        if any(
            f.category != whole.category and not self._verb_left_out_en(f, whole) for f in after
        ):
            return
        counts = [f.quantity.count for f in after]
        if None in counts or sum(c or 0 for c in counts) > most:
            return
        for item in after:
            item.parent = whole
            if not item.category:
                # "Nine died: six from shrapnel and three after being crushed": a bare
                # number whose verb the clause leaves out counts the same fate.
                item.category, item.bound = whole.category, "nested"

    def _verb_left_out_en(self, figure: Figure, whole: Figure) -> bool:
        """Is the figure an English bare number with no fate of its own, told by how it befell
        them ("… and three after being crushed by a wall"), its noun none or the whole's, left
        out? (One told by where, "7 in Osk and 5 in Tarn", makes no part.)"""
        quantity = figure.quantity
        after = quantity.end_token + 1
        return (
            self.language == "en"
            and not figure.category
            and quantity.noun in {"", PERSON, whole.quantity.noun}
            and quantity.np_last < 0
            and quantity.count is not None
            and after < self.end
            and self.tokens[after].lower in _HOW_IT_BEFELL
        )

    def _breakdown_mark(self, whole: Figure, figures: list[Figure]) -> int:
        """Where the colon or dash after the figure would stand: right after it, or past a
        place or a time ("killed in Hollin on 3 May: …")."""
        taken = {f.quantity.first for f in figures}
        j = mark_past_an_adjunct(self.tokens, whole.last + 1, self.end, self.language, taken)
        if j + 1 < self.end and self.tokens[j].lower in _BELONGING_AFTER:
            j += 1  # "qalıqlar 52 nəfərə məxsusdur: 30 kişi, 14 qadın": past the predicate
        return j

    def _parenthesised_breakdown(self, whole: Figure, figures: list[Figure]) -> None:
        """ "11 persons (nine men and two women)", "44 individuals (28 men, 9 women, 7
        juveniles)", «18 человек (12 мужчин и 6 женщин)», "13 sakinini (9 kişi, 4 qadın)",
        "seven people — five men and two women —": a parenthesis or dashes right after the
        counted persons, or after the verb that follows them at once ("45 were killed (12
        women, 9 children)"), that holds only a list of groups, each
        with its count, spells out its figure, if they are no more than it."""
        quantity = whole.quantity
        j = quantity.end_token + 1
        if whole.last > quantity.end_token and self.tokens[j].text not in _PARENTHESIS_CLOSE:
            # "45 people were killed (12 women, 9 children)", "45 nəfər həlak olub (12 qadın,
            # 9 uşaq)": the parenthesis after the verb that follows the count at once.
            j = whole.last + 1
        closer = _PARENTHESIS_CLOSE.get(self.tokens[j].text) if j < self.end else None
        if j == quantity.end_token + 1 and j < self.end and self.tokens[j].text == ",":
            closer = ","  # "seven people, five men and two women, were detained"
        if not whole.category or closer is None:
            return
        items = self._list_after(j + 1, figures)
        if not items or items[0].quantity.first != j + 1:
            return
        close = items[-1].quantity.end_token + 1
        if close >= self.end or self.tokens[close].text != closer:
            return
        if closer == "," and (whole.trigger is None or whole.trigger.first <= close):
            return  # "Seven were killed, five men and two women were hurt": counts apart
        if not all(names_group(i.quantity.noun) for i in items):
            return
        counts = [i.quantity.count for i in items]
        most = quantity.most
        if most is None or None in counts or sum(c or 0 for c in counts) > most:
            return
        self._attach_list(items, whole)

    def _attach_list(self, items: list[Figure], whole: Figure) -> None:
        """The items count what befell the whole, unless they name a fate of their own (a
        whole that took its verb late, «… останки 18 человек: 12 мужчин …», gives it them)."""
        self._attach(items, whole)
        for item in items:
            if item.parent is whole and not item.category:
                item.category, item.bound = whole.category, "nested"
