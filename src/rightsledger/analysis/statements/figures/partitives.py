"""Parts by the partitive: "150 of the 1,275", «из 1275 … 150», "1275 nəfərdən 150-si",
"four children were among the 19 killed", "72 wounded, 14 seriously", and the lists of parts
that go on after the first."""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.figures.clause import ClauseVerb
from rightsledger.analysis.statements.figures.core import (
    _AUXILIARIES,
    _AZ_AGE_COMPARATIVES,
    _COPULA_VERBS,
    _DEFINITE,
    _LIST_PUNCT,
    Figure,
    Trigger,
    implied_category,
    resolve_category,
)
from rightsledger.analysis.statements.lexicon import BODY, GRAVE, PERSON, UNIT, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token


class Partitives(ClauseVerb):
    """Binds parts taken by the partitive and the lists they open."""

    def _partitives(self, figures: list[Figure], by_quantity: dict[int, Figure]) -> None:
        """ "150 of the 1,275 …", «из 1275 … 150», "1275 nəfərdən 150-si"."""
        self._among_after(figures, by_quantity)
        self._elided_parts(figures)
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            j = quantity.end_token + 1
            of = {"en": "of", "ru": "из"}.get(self.language)
            if j < self.end and self.tokens[j].lower == of:
                j += 1
                if j < self.end and self.tokens[j].lower in _DEFINITE:
                    j += 1
                whole = by_quantity.get(id(self.starts.get(j)))
                if whole is not None:
                    self._give_predicate(figure, whole)
                    self._make_part(figure, whole)
            if self._opens_partitive(quantity) and k + 1 < len(figures):
                part = figures[k + 1]
                if self._follows_closely(figure, part) and not self._source_of(figure, part):
                    self._things_of_the_whole(figure, part)
                    self._predicate_to_part(figure, part)
                    self._make_part(part, figure)
                    for item in self._list_after(part.last + 1, figures, continuing=part):
                        self._make_part(item, figure)

    def _among_after(self, figures: list[Figure], by_quantity: dict[int, Figure]) -> None:
        """ "Four children were among the 19 people killed", «четверо детей оказались среди
        19 погибших»: the subject is part of the count after "among"."""
        for part in figures:
            j = part.quantity.end_token + 1
            while j < self.end and (
                self._is_gap_word(self.tokens[j]) or self.tokens[j].lower in _COPULA_VERBS
            ):
                j += 1
            if j >= self.end or self.tokens[j].lower not in {"among", "среди"}:
                continue
            j += 1
            if j < self.end and self.tokens[j].lower in _DEFINITE:
                j += 1
            whole = by_quantity.get(id(self.starts.get(j)))
            if whole is not None and whole is not part and whole.category:
                part.parent = whole
                if not part.category or part.trigger is whole.trigger:
                    part.category, part.trigger, part.bound = whole.category, None, "nested"

    def _elided_parts(self, figures: list[Figure]) -> None:
        """ "72 people were wounded, 14 seriously", «ранены 72 человека, 14 — тяжело»: a bare
        number with only a manner word after a comma is a part of the figure before."""
        for whole, part in itertools.pairwise(figures):
            quantity = part.quantity
            if not whole.category or part.category or quantity.noun:
                continue
            if quantity.np_last > quantity.last + 1:
                continue  # the number has a noun phrase of its own
            if quantity.first - 1 <= whole.last or self.tokens[quantity.first - 1].text != ",":
                continue
            k = quantity.last + 1
            if k < self.end and self.tokens[k].text in {"—", "–"}:
                k += 1
            if k >= self.end or not self._manner_word(self.tokens[k]):
                continue
            end = k + 1
            if end < self.end and not self._is_boundary(self.tokens[end]):
                continue
            part.parent, part.category, part.bound = whole, whole.category, "nested"

    def _manner_word(self, token: Token) -> bool:
        if self.language == "en":
            return token.lower.endswith("ly") and token.lower not in {"only", "reportedly"}
        if self.language == "ru":
            return token.pos == "ADVB"
        return False

    def _give_predicate(self, part: Figure, whole: Figure) -> None:
        """ "8 of the 14 hostages have been freed": the verb after the whole is the part's.

        A participle right after the whole describes it ("the 30 people killed", «из 14
        взятых в плен»); a finite verb, after an auxiliary or as a Russian short participle,
        says what became of the part.
        """
        trigger = whole.trigger
        if trigger is None or whole.bound != "forward" or part.trigger is not None:
            return
        between = [self.tokens[k] for k in range(whole.quantity.end_token + 1, trigger.first)]
        words = {t.lower for t in between}
        if words & {"that", "who", "which", "whom", "которые", "которых", "который"}:
            return
        finite = bool(words & _AUXILIARIES) or (
            self.language == "ru" and self.tokens[trigger.first].pos in {"VERB", "PRTS"}
        )
        if not finite:
            return
        part.category, part.trigger, part.bound = (
            resolve_category(trigger.value, part.quantity.counted),
            trigger,
            "forward",
        )
        # The whole gave its verb away: no verb of its clause is its own any more
        # ("Two of the three suspects were arrested": the suspects were not).
        whole.category, whole.trigger, whole.bound = "", None, "whole"
        if implied_category(whole.quantity, whole=True):
            whole.category, whole.bound = implied_category(whole.quantity, whole=True), "noun"
        elif whole.quantity.attribute:
            whole.category = resolve_category(whole.quantity.attribute, whole.quantity.counted)
            whole.bound = "noun"

    def _things_of_the_whole(self, whole: Figure, part: Figure) -> None:
        """«Из 412 домов разрушено 58»: a part with no noun of its own counts the things its
        whole counts, not persons."""
        noun = whole.quantity.noun
        if noun.startswith("property:") and not part.quantity.noun and part.quantity.np_last < 0:
            part.quantity.noun = noun
            if part.trigger is not None:
                part.category = resolve_category(part.trigger.value, noun)

    def _predicate_to_part(self, whole: Figure, part: Figure) -> None:
        """«Из 58 пленных освобождены 23»: the verb between the whole and its part says what
        became of the part; the whole keeps what its noun says (captives), or nothing."""
        trigger = whole.trigger
        if (
            trigger is None
            or whole.bound != "forward"
            or trigger.last >= part.quantity.first
            or (part.trigger is not None and part.trigger is not trigger)
        ):
            return
        between = {self.tokens[k].lower for k in range(whole.quantity.end_token + 1, trigger.first)}
        finite = bool(between & _AUXILIARIES) or (
            self.language == "ru" and self.tokens[trigger.first].pos in {"VERB", "PRTS"}
        )
        category = resolve_category(trigger.value, part.quantity.counted)
        if not category or not finite:
            return  # "Among the 64 people killed in the raid were 20 children"
        part.category, part.trigger, part.bound = category, trigger, "backward"
        implied = implied_category(whole.quantity, whole=True)
        whole.category, whole.trigger, whole.bound = implied, None, "noun" if implied else "whole"

    def _opens_partitive(self, quantity: Quantity) -> bool:
        first = quantity.first
        previous = self.tokens[first - 1] if first > self.begin else None
        if self.language == "az":
            ending = self.tokens[quantity.end_token]
            word = ending.suffix if ending.kind == "num" else ending.lower
            if quantity.qualifier_last >= 0:
                return False
            if word.endswith(("dən", "dan")):
                return True
            # "140 nəfərin 25-i": a genitive whole and a possessive part right after it.
            after = quantity.end_token + 1
            return (
                word.endswith(("ın", "in", "un", "ün"))
                and after < self.end
                and self.tokens[after].kind == "num"
                and bool(self.tokens[after].suffix)
            )
        if previous is None:
            return False
        if self.language == "ru":
            if previous.lower in _DEFINITE and first - 2 >= self.begin:
                previous = self.tokens[first - 2]  # «из этих 38»
                first -= 1
            # «показывают, что из 860 строений …»: a clause opened by «что» starts there too.
            opens = self._clause_start(first - 1) or self.tokens[first - 2].lower == "что"
            return previous.lower in {"из", "среди"} and opens
        if previous.lower in _DEFINITE and first - 2 >= self.begin:
            previous = self.tokens[first - 2]
            first -= 1
        return previous.lower in {"of", "among"} and self._clause_start(first - 1)

    def _source_of(self, whole: Figure, part: Figure) -> bool:
        """ "üç məzarlıqdan 64 nəfərin qalıqları çıxarılıb", «из двух могил извлечены тела
        40 человек»: things the persons were taken from are where they came from, not a
        whole they are part of."""
        things = whole.quantity.noun == GRAVE or whole.quantity.noun.startswith("property:")
        noun = part.quantity.noun
        persons = noun in {PERSON, BODY} or names_group(noun)
        return things and persons

    def _follows_closely(self, whole: Figure, part: Figure) -> bool:
        """The part follows the whole within its clause, or just after one comma."""
        between: list[str] = []
        k = whole.last + 1
        while k < part.quantity.first:
            if self.tokens[k].text == "," and self._participle_after(k + 1):
                # «Из 212 тел, доставленных в морг, опознаны 180»: a participle set off by
                # commas describes the whole and does not part it from its part.
                k += 1
                while k < part.quantity.first and self.tokens[k].text != ",":
                    k += 1
                k += 1
                continue
            between.append(self.tokens[k].text)
            k += 1
        return between.count(",") <= 1 and not any(t in {";", ":", "(", ")"} for t in between)

    def _participle_after(self, j: int) -> bool:
        if j >= self.end:
            return False
        return j in self.trigger_at or (self.language == "ru" and self.tokens[j].pos == "PRTF")

    def _make_part(self, part: Figure, whole: Figure) -> None:
        if part is whole or part.parent is not None:
            return
        part.parent = whole
        if not whole.category and implied_category(whole.quantity, whole=True):
            whole.category, whole.bound = implied_category(whole.quantity, whole=True), "noun"
        if whole.trigger is not None and (part.trigger is None or part.trigger is whole.trigger):
            # "150 of the 1,275 … captured … remain missing": the part's own verb comes
            # after the whole's.
            own = next(
                (t for t in self.triggers if t.first > whole.trigger.last and not any(
                    self._is_boundary(self.tokens[k]) for k in range(whole.trigger.last, t.first)
                )),
                None,
            )  # fmt: skip
            if own is not None:
                category = resolve_category(own.value, part.quantity.counted)
                if category:
                    part.category, part.trigger, part.bound = category, own, "forward"
                    return
            if part.trigger is whole.trigger:
                part.category, part.trigger, part.bound = "", None, ""

    def _fronted_predicate(self, k: int) -> Trigger | None:
        """The Russian predicate at ``k``, or after a short adverbial of time or place that
        names no one («на сегодняшний день опознаны 15», «к настоящему времени»)."""
        if self.language != "ru":
            return None
        for j in range(k, min(k + 4, self.end)):
            trigger = self.trigger_at.get(j)
            if trigger is not None:
                return trigger
            noun = self.lex.noun_set.match(self.tokens, j)
            if self.tokens[j].kind != "word" or (noun is not None and noun.value != UNIT):
                return None
        return None

    def _list_after(
        self, j: int, figures: list[Figure], continuing: Figure | None = None
    ) -> list[Figure]:
        """The figures of a list that starts at token ``j`` (after a marker)."""
        items: list[Figure] = []
        by_first = {f.quantity.first: f for f in figures}
        # A part continues the list past what follows it ("пятнадцати из них, а двое").
        previous_end = max(continuing.last, j - 1) if continuing is not None else None
        k = j
        if previous_end is None:
            # The first item comes at once, or after a copula or a dash.
            while (
                k < self.end
                and k not in by_first
                and (self._is_gap_word(self.tokens[k]) or self.tokens[k].text in _LIST_PUNCT)
            ):
                k += 1
            fronted = self._fronted_predicate(k) if k not in by_first else None
            if fronted is not None and fronted.last + 1 in by_first:
                # «Из них опознаны 15», «Среди них погибли трое»: Russian puts the part's own
                # predicate between the marker and its number.
                k = fronted.last + 1
            if k not in by_first:
                return items
            items.append(by_first[k])
            previous_end = by_first[k].last
        while True:
            k = self._past_tail(previous_end + 1, items[-1] if items else continuing)
            k = self._past_its_noun(k, items[-1] if items else continuing)
            while k < self.end and (
                self.tokens[k].text == ","
                or self.tokens[k].lower in self.lex.conjunctions
                or self.tokens[k].lower in {"also", "as", "well", "также", "həmçinin"}
            ):
                k += 1
            if k in self.non_count_tokens:
                # "… və 60 yaşdan yuxarı 40 nəfər": an age written before the next item.
                ahead = k
                while ahead in self.non_count_tokens:
                    ahead += 1
                if ahead < self.end and self.tokens[ahead].lower in _AZ_AGE_COMPARATIVES:
                    ahead += 1
                k = ahead if ahead in by_first else k
            nxt = (
                by_first.get(k)
                or self._bodies_of_the_next_item(k, by_first, continuing)
                or self._coordinate_clause_part(previous_end + 1, by_first)
            )
            if nxt is None or nxt.bound == "backward":
                return items
            if continuing is not None and self._names_others(nxt.quantity):
                return items  # "15 of them were tortured, and three guards were injured"
            if self._part_marker_after(nxt.quantity) and not nxt.category:
                # "nine of them were tortured, two of them journalists": a count with a
                # marker of its own and no act of its own is a part of the part before it,
                # no item beside it (one with its own act is: «семерых из них, а троих из
                # них убили»).
                return items
            if continuing is None and self._own_clause_after_list(items, nxt, previous_end):
                return items
            items.append(nxt)
            previous_end = nxt.last

    def _bodies_of_the_next_item(
        self, k: int, by_first: dict[int, Figure], continuing: Figure | None
    ) -> Figure | None:
        """ "61 of them were released, the bodies of eight found in the woods", «61 из них
        освобождены, тела восьмерых обнаружены»: the bodies of a count after a part are the
        next part of the same whole."""
        if continuing is None or k >= self.end:
            return None
        if self.tokens[k].lower == "the" and k + 1 < self.end:
            k += 1
        phrase = self.lex.noun_set.match(self.tokens, k)
        if phrase is None or phrase.value != BODY:
            return None
        j = k + len(phrase.elements)
        while j < self.end and self.tokens[j].lower in {"of", "the"}:
            j += 1
        nxt = by_first.get(j)
        return nxt if nxt is not None and nxt.quantity.bodies else None

    def _own_clause_after_list(self, items: list[Figure], nxt: Figure, previous_end: int) -> bool:
        """ "12 died, including two police officers, and 40 were injured": after a list of
        parts with no verb of their own, a count after a comma and a coordinator with a verb
        of its own opens the next clause; it is no item of the list."""
        if nxt.bound != "forward" or any(item.bound == "forward" for item in items):
            return False
        between = range(previous_end + 1, nxt.quantity.first)
        return any(
            self.tokens[k].text == ","
            and k + 1 < self.end
            and self.tokens[k + 1].lower in self.lex.coordinators
            for k in between
        )

    def _coordinate_clause_part(self, j: int, by_first: dict[int, Figure]) -> Figure | None:
        """ "Of these, 87 described being beaten during interrogation, and 19 remain
        unaccounted for": a bare number opening the next coordinate clause of the sentence
        (after ", and", «, а», ", və") goes on with the parts, however long the clause of the
        part before it; one with a noun of its own ("and three guards") names others."""
        k = j
        while k < self.end and not self._is_boundary(self.tokens[k]) and k not in self.starts:
            k += 1
        if k + 2 >= self.end or self.tokens[k].text != ",":
            return None
        if self.tokens[k + 1].lower not in self.lex.coordinators - {"но", "but", "lakin", "amma"}:
            return None
        nxt = by_first.get(k + 2)
        if nxt is None or nxt.quantity.noun or nxt.quantity.np_last >= 0:
            return None
        return nxt

    def _names_others(self, quantity: Quantity) -> bool:
        """Does a count after a part name persons by a noun of its own ("three guards")? A
        subgroup, a free label or a word for persons ("8-10 nəfər") may count a part too, a
        bare number ("and two died") always does."""
        return not quantity.noun and quantity.np_last >= 0

    def _past_its_noun(self, k: int, item: Figure | None) -> int:
        """ "121 of them civilians and 25 soldiers": past the noun the part before took from
        after its marker, to the next item."""
        if item is None or not item.quantity.noun or item.quantity.np_last >= 0 or k >= self.end:
            return k
        found = self.lex.noun_set.match_span(self.tokens, k)
        return k + found[1] if found is not None and found[0].value == item.quantity.noun else k

    def _past_tail(self, k: int, item: Figure | None) -> int:
        """Past what ends a list item and is no item: an age ("under 18"), a verb's tail."""
        covered = self.non_count_tokens
        start = k
        while k < self.end and k in covered:
            k += 1
        if item is None or item.bound != "forward":
            return k
        while (
            k < self.end
            and k - start < 4
            and self.tokens[k].kind == "word"
            and (k not in self.starts and self.tokens[k].lower not in self.lex.conjunctions)
        ):
            k += 1
        return k if k < self.end and self.tokens[k].text == "," else start
