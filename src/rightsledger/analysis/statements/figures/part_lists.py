"""A list of parts that starts after a marker and goes on item by item: where each item ends,
an item with a clause of its own, a Russian predicate set before the first item («Из них
опознаны 15»), bodies counted as the next item. Apart from ``partitives`` because the lists
after a partitive, after a colon (``lists``) and after a nesting marker (``nesting``) are all
read here."""

from __future__ import annotations

from rightsledger.analysis.statements.az_attributes import az_past_a_relative_clause
from rightsledger.analysis.statements.figures.core import (
    _AZ_AGE_COMPARATIVES,
    _LIST_PUNCT,
    ONLY_WORDS,
    Figure,
    Trigger,
)
from rightsledger.analysis.statements.figures.list_items import ListItems, names_persons
from rightsledger.analysis.statements.figures.single_person_first import (
    en_past_a_person_named,
    past_a_single_person,
)
from rightsledger.analysis.statements.lexicon import BODY, EN_COPULA, PERSON, UNIT, names_group
from rightsledger.analysis.statements.quantities import Quantity

# The Azerbaijani genitive ending of a possessor ("briqadasının", "xəstəxananın").
_AZ_GENITIVE = ("ın", "in", "un", "ün")

# Conjunctions that set a clause against the one before: "…, while 95 were handed over".
_CONTRASTS = frozenset({"while", "whereas"})


# How many words a verb's tail in a list item may run to before the comma that ends the item:
# a Russian item's verb carries its adjuncts after it («140 отпущены в течение двух суток
# без предъявления обвинений, 31 …»); elsewhere a longer run is more often a clause of its own.
_TAIL_WORDS = {"ru": 9}
_SHORT_TAIL = 4
# Words that open a short adjunct of time: «за квартал», "this year", "last month".
_TIME_OPENERS = frozenset({"за", "this", "last", "that"})
# A demonstrative between «за» and its unit of time names no one either.
_TIME_DEMONSTRATIVES = frozenset({"этот", "тот", "эту", "ту", "прошлый", "отчётный"})
# Prepositions that open a short adjunct of place or time after an English marker: "among
# those detained at the camp were nine journalists", "of those held in Ostra, 12 …", "of those
# killed since the shelling began, …".
_PLACE_OPENERS_EN = frozenset({"at", "in", "on", "since", "during"})
# How many words such an adjunct runs to before its copula.
_PLACE_WORDS = 4
# Periods of a report that the lexicon does not count as units («квартал» is a block of a
# town too): after «за» they are a time.
_PERIODS = frozenset({"квартал", "полугодие"})
# "More" between the whole and its part: "yaralılardan daha ikisi vəfat edib" (two more of
# the injured died) — more of them than were said before, still of them.
_MORE_OF_THEM = frozenset({"daha"})
# "o vaxt", "həmin vaxt", "o zaman": at that time.
_AZ_THAT = frozenset({"o", "həmin"})
_AZ_TIME = frozenset({"vaxt", "zaman"})
# A Russian item whose persons are named after a preposition of regard, as an official's
# list of what was done to each part says it: «из них 40 освобождены, в отношении 12 граждан
# назначен арест».
_REGARD = ("в", "отношении")
# How many words a prepositional adjunct between a fronted predicate and its number may run to.
_ADJUNCT_WORDS = 5
# … and how far an item's predicate with what it governs may run before the item's number.
_FRONTED_WORDS = 14
# How far an aside that breaks an item down may run before the comma that closes it.
_ASIDE_WORDS = 10
# Words before a number that add others to those counted, not a part of them («ещё 10»).
_ANOTHER = frozenset({"ещё", "еще"})


# How many words may describe the first item of an Azerbaijani list before its number.
_AZ_ATTRIBUTE_WORDS = 5
_AZ_SEXES = frozenset({"subgroup:men", "subgroup:women", "label:boys", "label:girls"})


class PartLists(ListItems):
    """Reads a list of parts item by item; ``_list_after`` is its entry."""

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

    def _after_fronted(self, fronted: Trigger, by_first: dict[int, Figure]) -> int:
        """Where the number stands after a Russian predicate set before it: at once, after an
        adverb or a particle of focus («из них опознаны пока 15», «уже», «лишь 4»), or after
        a prepositional adjunct that
        names no one («освобождены без составления протокола 140 человек», «переданы под
        опеку родственников 12»)."""
        after = fronted.last + 1
        if after >= self.end or after in by_first:
            return after
        focus = self.tokens[after].lower in ONLY_WORDS
        if (self.tokens[after].pos == "ADVB" or focus) and after + 1 in by_first:
            return after + 1
        if self.tokens[after].pos != "PREP":
            return after
        for j in range(after + 1, min(after + 1 + _ADJUNCT_WORDS, self.end)):
            if j in by_first:
                return j
            token = self.tokens[j]
            noun = self.lex.noun_set.match(self.tokens, j)
            if (
                token.kind != "word"
                or j in self.trigger_at
                or (noun is not None and names_persons(noun.value))
            ):
                return after
        return after

    def _item_after_its_predicate(self, k: int, by_first: dict[int, Figure]) -> Figure | None:
        """«Из них освобождены 140, к административному аресту на срок до 15 суток
        приговорены 38»: a Russian item after the first whose predicate, with what it
        governs, stands before its number, as the first item's may; the number, the subject,
        ends the item. What stands before it names no one and holds no count of persons."""
        if self.language != "ru":
            return None
        predicate = False
        for j in range(k, min(k + _FRONTED_WORDS, self.end)):
            nxt = by_first.get(j)
            if nxt is not None:
                end = nxt.quantity.end_token + 1
                closed = end >= self.end or self.tokens[end].kind == "punct"
                more = self.tokens[j - 1].lower in _ANOTHER  # «задержаны ещё 10»: others
                bare = not nxt.quantity.noun
                return nxt if predicate and closed and bare and not more else None
            token = self.tokens[j]
            if self._is_boundary(token):
                return None
            predicate = predicate or j in self.trigger_at
            noun = self.lex.noun_set.match(self.tokens, j)
            if token.kind == "word" and noun is not None and names_persons(noun.value):
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
                and (
                    self._is_gap_word(self.tokens[k])
                    or self.tokens[k].text in _LIST_PUNCT
                    or self.tokens[k].lower in ONLY_WORDS
                    or self.tokens[k].lower in _MORE_OF_THEM
                    # «из них у пятерых — переломы»: the persons who have what is said
                    or (self.language == "ru" and self.tokens[k].lower == "у")
                )
            ):
                k += 1
            k = self._past_a_time_adjunct(k, by_first)
            k = self._past_a_place_adjunct(k, by_first)
            if k not in by_first and k > j and self.tokens[k - 1].text == ",":
                # «Среди них, по первым данным, 12 женщин»: an aside first.
                past = self._aside(k - 1)
                k = past if past is not None and past in by_first else k
            fronted = self._fronted_predicate(k) if k not in by_first else None
            after = self._after_fronted(fronted, by_first) if fronted is not None else -1
            if fronted is not None and after in by_first:
                # «Из них опознаны 15», «Среди них погибли трое»: Russian puts the part's own
                # predicate between the marker and its number.
                k = after
            k = self._past_az_possessor(k, by_first)
            k = self._past_a_label(k, by_first)
            if self.language == "ru":
                k = past_a_single_person(self.tokens, k, self.end, self.lex, by_first)
            if self.language == "en":
                k = en_past_a_person_named(self.tokens, k, self.end, by_first)
            k = self._past_the_remains(k, by_first)
            if k not in by_first and self.language == "az":
                k = az_past_a_relative_clause(self.tokens, k, self.end, by_first)
            if k not in by_first and self.language == "az":
                k = self._az_past_an_attribute(self._az_past_at_the_time(k, by_first), by_first)
            if k not in by_first:
                return items
            items.append(by_first[k])
            previous_end = by_first[k].last
        while True:
            k = self._past_tail(previous_end + 1, items[-1] if items else continuing)
            k = self._past_its_noun(k, items[-1] if items else continuing)
            k = self._past_whose_they_are(k, items[-1] if items else continuing)
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
            k = self._past_az_possessor(k, by_first)
            k = self._past_regard(k, by_first)
            past_aside = self._past_an_aside_of_parts(k, by_first)
            nxt = (
                by_first.get(k)
                or past_aside
                or self._bodies_of_the_next_item(k, by_first, continuing)
                or self._coordinate_clause_part(previous_end + 1, by_first)
            )
            own_first = self._item_after_its_predicate(k, by_first) if nxt is None else None
            if own_first is not None:
                items.append(own_first)
                previous_end = own_first.last
                continue
            if nxt is None or nxt.bound == "backward":
                return items
            if nxt is not past_aside and self._aside_closed_before(previous_end + 1, nxt):
                return items
            if continuing is not None and self._names_others(nxt.quantity):
                return items  # "15 of them were tortured, and three guards were injured"
            if continuing is not None and self._persons_with_a_verb_of_their_own(nxt):
                return items  # "four of them were among the dead, and 3 people are missing"
            if self._clause_of_contrast(nxt):
                return items  # "12 of them wounded, while 95 prisoners were handed over"
            if self._part_marker_after(nxt.quantity) and not nxt.category:
                # "nine of them were tortured, two of them journalists": a count with a
                # marker of its own and no act of its own is a part of the part before it,
                # no item beside it (one with its own act is: «семерых из них, а троих из
                # них убили»).
                return items
            if self._relative_marker_after(nxt.quantity):
                # "among them 5 minors, 3 of whom …": a part of the item before it.
                return items
            if continuing is None and self._own_clause_after_list(items, nxt, previous_end):
                return items
            if self._az_of_them_after_counts(items, nxt):
                return items
            items.append(nxt)
            previous_end = nxt.last

    def _az_of_them_after_counts(self, items: list[Figure], nxt: Figure) -> bool:
        """ "Ölənlərdən 17-si mülki şəxs, o cümlədən 4 uşaq və 6 qadın, 11-i isə hərbçidir": an
        Azerbaijani number with the possessive ending ("11-i", eleven of them) after a comma
        is no item of a list of plain counts ("4 uşaq") before it; it takes its own whole,
        as the part before the list did."""
        if self.language != "az" or not items or not self._az_possessive_number(nxt.quantity):
            return False
        first = nxt.quantity.first
        if first <= self.begin or self.tokens[first - 1].text != ",":
            return False
        return not any(self._az_possessive_number(item.quantity) for item in items)

    def _aside_closed_before(self, k: int, nxt: Figure) -> bool:
        """«среди погибших 29 мирных жителей, из них пятеро детей, и 12 военнослужащих»:
        Russian sets no comma before the «и» that joins the last item of a list, so a comma
        before «и» and a count with a noun of its own closes the aside the list stood in;
        the count goes on with the list outside it. (A clause joined by «, и» with a bare
        number, «из них пятеро освобождены, и трое скончались», goes on with the list.)"""
        if self.language != "ru" or not nxt.quantity.noun or nxt.quantity.np_last < 0:
            return False
        return any(
            self.tokens[j].text == "," and self.tokens[j + 1].lower == "и"
            for j in range(k, nxt.quantity.first - 1)
        )

    def _past_an_aside_of_parts(self, k: int, by_first: dict[int, Figure]) -> Figure | None:
        """The item after an aside that breaks the item before down («29 мирных жителей, из
        них пятеро детей, и 12 военнослужащих»): the aside opens with a marker of parts at
        ``k`` and is closed by a comma before «и» (see ``_aside_closed_before``)."""
        if self.language != "ru" or k >= self.end:
            return None
        marker = self.lex.nest_before_set.match_span(self.tokens, k) or (
            self.lex.nest_after_set.match_span(self.tokens, k)
        )
        if marker is None:
            return None
        for j in range(k + marker[1], min(k + marker[1] + _ASIDE_WORDS, self.end - 2)):
            token = self.tokens[j]
            if token.text == "," and self.tokens[j + 1].lower == "и":
                nxt = by_first.get(j + 2)
                return nxt if nxt is not None and self._aside_closed_before(j, nxt) else None
            if token.text in {";", ".", ":"}:
                return None
        return None

    def _past_a_time_adjunct(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past a short adjunct of time between a marker and its first item («в числе
        раненых за неделю — 4 ребёнка», "among the wounded this month were four girls")."""
        if k in by_first or k + 1 >= self.end or self.tokens[k].lower not in _TIME_OPENERS:
            return k
        start = k + 1
        if self.tokens[start].lower in _TIME_DEMONSTRATIVES and start + 1 < self.end:
            start += 1  # «за этот период», «за эту неделю»
        unit = self.lex.noun_set.match(self.tokens, start)
        if unit is not None and unit.value == UNIT:
            j = start + len(unit.elements)
        elif self.tokens[start].key in _PERIODS:
            j = start + 1  # «среди погибших за квартал — шестеро детей»
        else:
            return k
        while (
            j < self.end
            and j not in by_first
            and (self._is_gap_word(self.tokens[j]) or self.tokens[j].text in _LIST_PUNCT)
        ):
            j += 1
        return j if j in by_first else k

    def _past_a_place_adjunct(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past a short adjunct of place or time and the copula or comma after it, between an
        English marker and its first item ("among those detained at the camp were nine
        journalists", "of those killed since the shelling began, nine were women"): where or
        since when the whole was counted names no one. ``k`` itself when the item does not
        follow so."""
        if self.language != "en" or k >= self.end or k in by_first:
            return k
        # The opener, or one passed over as a gap word with the article after it ("since the").
        opener = next(
            (o for o in range(k, max(self.begin, k - 2) - 1, -1)
             if self.tokens[o].lower in _PLACE_OPENERS_EN),
            None,
        )  # fmt: skip
        if opener is None:
            return k
        j = k + 1
        while j < self.end and j - opener <= _PLACE_WORDS and self.tokens[j].lower not in EN_COPULA:
            if self.tokens[j].text == "," and j > opener + 1:
                break  # "of those held in Ostra, 12 …": the adjunct ends at its comma
            if self.tokens[j].kind != "word" or j in self.trigger_at or j in by_first:
                return k
            j += 1
        ends = EN_COPULA | {","}
        if j >= self.end or j == opener + 1 or self.tokens[j].lower not in ends:
            return k
        if self.tokens[j].text == ",":
            j += 1
        while j < self.end and j not in by_first and self._is_gap_word(self.tokens[j]):
            j += 1
        return j if j in by_first else k

    def _relative_marker_after(self, quantity: Quantity) -> bool:
        """Is the count followed by a marker with a relative pronoun ("2 of whom", «двое из
        которых»)?"""
        for after in {quantity.last + 1, quantity.end_token + 1}:
            if after >= self.end:
                continue
            found = self.lex.nest_after_set.match_span(self.tokens, after)
            if found is not None and any(
                self.tokens[k].lower in {"whom", "которых"} for k in range(after, after + found[1])
            ):
                return True
        return False

    def _az_past_at_the_time(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past "o vaxt" (at the time) before the first item ("aralarında o vaxt 17 yaşı
        tamam olmamış iki nəfər idi"): when the persons were counted, not who they are;
        ``k`` itself when no item follows within an attribute's reach."""
        words = tuple(self.tokens[j].lower for j in range(k, min(k + 2, self.end)))
        if len(words) < 2 or words[0] not in _AZ_THAT or words[1] not in _AZ_TIME:
            return k
        past = k + 2
        return past if past in by_first or self._az_past_an_attribute(past, by_first) != past else k

    def _az_past_an_attribute(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past the words that describe the first item before its number ("onların arasında
        yetkinlik yaşına çatmamış 5 nəfər", "70 yaşdan yuxarı 2 nəfər", "əlilliyi olan 3
        nəfər"): Azerbaijani puts a count's attributes before it, and they name its group, so
        the number is reached only where its figure has the group they name; ``k`` itself
        otherwise."""
        for j in range(k, min(k + _AZ_ATTRIBUTE_WORDS + 1, self.end)):
            if j in by_first:
                return j if self._az_group_from_its_attribute(by_first[j].quantity) else k
            token = self.tokens[j]
            if j in self.trigger_at or (token.kind != "word" and j not in self.non_count_tokens):
                return k
        return k

    def _az_group_from_its_attribute(self, quantity: Quantity) -> bool:
        """Does the count name a group its own noun does not ("5 nəfər" of the not yet of
        age): the group comes from the words before it ("yerli qəzetlərdə çalışan 11
        jurnalist" names its group itself, and the words before may be a clause of their
        own)."""
        if not names_group(quantity.noun) or quantity.np_first < 0:
            return False
        own = self.lex.noun_set.match(self.tokens, quantity.np_first)
        if own is None:
            return False
        # "16 yaşı tamam olmamış 2 oğlan": an age before boys or men makes them children,
        # a group their noun, of a sex, does not name.
        return own.value == PERSON or (
            own.value in _AZ_SEXES and quantity.noun == "subgroup:children"
        )

    def _past_a_label(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past the rest of a label that a marker opens, to the number after its colon ("- Of
        whom living in camps: 12 300", «— из них проживают в общежитиях: 1 200»); ``k``
        itself when none stands there."""
        for j in range(k, min(k + 7, self.end)):
            token = self.tokens[j]
            if token.text == ":":
                return j + 1 if j > k and j + 1 in by_first else k
            if token.kind != "word":
                return k
        return k

    def _past_regard(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past «в отношении» before a Russian item's number, to the number; ``k`` itself
        when none stands there."""
        after = k + len(_REGARD)
        words = tuple(self.tokens[j].lower for j in range(k, min(after, self.end)))
        return after if self.language == "ru" and words == _REGARD and after in by_first else k

    def _past_az_possessor(self, k: int, by_first: dict[int, Figure]) -> int:
        """Past an Azerbaijani possessor in the genitive before an item's number ("təcili
        kənd məktəbinin 2 müəllimi", "poliklinikanın 3 tibb bacısı": of the school), to
        the number; ``k`` itself when none stands there."""
        if self.language != "az":
            return k
        for j in range(k, min(k + 4, self.end)):
            token = self.tokens[j]
            if token.kind != "word" or j in self.trigger_at:
                return k
            if token.lower.endswith(_AZ_GENITIVE) and j + 1 in by_first:
                return j + 1
        return k

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
        around = self._act_around_the_next_item(k, by_first)
        if around is not None:
            return around
        phrase = self.lex.noun_set.match(self.tokens, k)
        if phrase is None or phrase.value != BODY:
            return None
        j = k + len(phrase.elements)
        while j < self.end and self.tokens[j].lower in {"of", "the"}:
            j += 1
        nxt = by_first.get(j)
        return nxt if nxt is not None and nxt.quantity.bodies else None

    def _past_the_remains(self, k: int, by_first: dict[int, Figure]) -> int:
        """«Извлечены останки 73 человек, среди них — останки восьми детей», "including the
        bodies of six children": the remains named again before the first part's count, as
        its own count says (the bodies of whom), are no word between marker and part."""
        if k in by_first or k >= self.end:
            return k
        j = k + (self.tokens[k].lower == "the")
        phrase = self.lex.noun_set.match(self.tokens, j) if j < self.end else None
        if phrase is None or phrase.value != BODY:
            return k
        j += len(phrase.elements)
        while j < self.end and self.tokens[j].lower in {"of", "the"}:
            j += 1
        nxt = by_first.get(j)
        return j if nxt is not None and nxt.quantity.bodies else k

    def _act_around_the_next_item(self, k: int, by_first: dict[int, Figure]) -> Figure | None:
        """ "406 have been released and the fate of 89 remains unknown", «406 освобождены,
        судьба 89 остаётся неизвестной»: a count inside the words of its act, which open at
        ``k``, is the next part of the same whole."""
        for j in range(k + 1, min(k + 4, self.end)):
            nxt = by_first.get(j)
            if nxt is None:
                continue
            trigger = nxt.trigger
            if trigger is not None and trigger.first == k and trigger.last > nxt.quantity.last:
                return nxt
            return None
        return None

    def _own_clause_after_list(self, items: list[Figure], nxt: Figure, previous_end: int) -> bool:
        """ "12 died, including two police officers, and 40 were injured": after a list of
        parts with no verb of their own, a count after a comma and a coordinator with a verb
        of its own opens the next clause; it is no item of the list. So does one with a
        predicate of its own ("19 were civilians, including six children, and 15 were
        soldiers": the soldiers are beside the civilians, not among them)."""
        own = nxt.bound == "forward" or nxt.quantity.after_copula
        if not own or any(item.bound == "forward" or item.quantity.after_copula for item in items):
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

    def _persons_with_a_verb_of_their_own(self, figure: Figure) -> bool:
        """An English count of "people" with a verb of its own after a part ("…, and 3 people
        are still missing") counts persons anew: a part left elliptical is a bare number."""
        quantity = figure.quantity
        return (
            self.language == "en"
            and quantity.noun == PERSON
            and quantity.np_last >= 0
            and figure.bound == "forward"
        )

    def _clause_of_contrast(self, figure: Figure) -> bool:
        """Is the English count opened by "while"/"whereas" and followed by a verb of its own
        ("…, 12 of them seriously wounded, while 95 prisoners were handed over")? It opens a
        clause set against the one before, no item of its list."""
        first = figure.quantity.start_token
        return (
            self.language == "en"
            and figure.bound == "forward"
            and first > self.begin
            and self.tokens[first - 1].lower in _CONTRASTS
        )

    def _past_its_noun(self, k: int, item: Figure | None) -> int:
        """ "121 of them civilians and 25 soldiers": past the noun the part before took from
        after its marker, to the next item."""
        if item is None or not item.quantity.noun or item.quantity.np_last >= 0 or k >= self.end:
            return k
        found = self.lex.noun_set.match_span(self.tokens, k)
        return k + found[1] if found is not None and found[0].value == item.quantity.noun else k

    def _past_whose_they_are(self, k: int, item: Figure | None) -> int:
        """ "89 servicemen of the Armed Forces, 31 civilians": past a phrase after an English
        item's own noun that says whose its persons are, to the comma or "and" before the
        next item (else where it was)."""
        if self.language != "en" or item is None or item.quantity.np_last < 0:
            return k
        if k >= self.end or self.tokens[k].lower not in {"of", "from"}:
            return k
        for j in range(k + 1, min(self.end, k + 1 + _ADJUNCT_WORDS)):
            token = self.tokens[j]
            if token.text == "," or token.lower == "and":
                return j if j > k + 1 else k
            if token.kind != "word" or j in self.starts:
                return k
        return k

    def _past_its_verb_after_a_measure(self, start: int, k: int, item: Figure) -> int:
        """Where the words of an item's tail begin. After a measure that stands between the
        item and its verb ("30 nəfəri 10 sutkadan 20 sutkayadək inzibati həbs cəzasına məhkum
        edilib, 5 nəfər …": the days of arrest), the tail is what follows the verb, as it is
        when the verb comes at once; the measure and the verb use none of it."""
        trigger = item.trigger
        if k == start or trigger is None or item.bound != "forward":
            return start
        if not k <= trigger.first < k + _SHORT_TAIL:
            return start
        return trigger.last + 1

    def _past_a_far_verb_of_its_own(self, k: int, item: Figure | None) -> int:
        """Azerbaijani puts the verb last: "onlardan 615-i şəxsiyyəti müəyyən edildikdən sonra
        həmin gün buraxılıb, 57 nəfər …". An item bound to a verb further on than its words as
        stated reach runs to that verb, and its tail (the comma to the next item) follows it."""
        trigger = item.trigger if item is not None else None
        if self.language != "az" or trigger is None or item is None or item.bound != "forward":
            return k
        if not k <= trigger.first < self.end:
            return k
        # The next item names a fate of its own ("57 nəfər isə saxlanılır"); persons only
        # fined or warned after the comma ("30 nəfər … cərimələnib") are no item of the list.
        return trigger.last + 1 if self._next_item_has_a_fate(trigger.last + 1) else k

    def _next_item_has_a_fate(self, k: int) -> bool:
        """After the comma at ``k``, does the next count's clause name an act?"""
        if k >= self.end or self.tokens[k].text != ",":
            return False
        following = self.starts.get(k + 1)
        if following is None:
            return False
        j = following.end_token + 1
        while j < self.end and self.tokens[j].text not in {",", ".", ";"}:
            if j in self.trigger_at:
                return True
            j += 1
        return False

    def _past_tail(self, k: int, item: Figure | None) -> int:
        """Past what ends a list item and is no item: an age ("under 18"), a verb's tail."""
        covered = self.non_count_tokens
        k = self._past_a_far_verb_of_its_own(k, item)
        start = k
        while k < self.end and k in covered:
            k += 1
        if item is None or not self._past_its_verb(item):
            return k
        words_from = self._past_its_verb_after_a_measure(start, k, item)
        while k < self.end and k - words_from < _TAIL_WORDS.get(self.language, _SHORT_TAIL):
            if k in covered and self.language == "ru":
                # «40 арестованы на срок от 5 до 15 суток, 11 …»: a term in the verb's tail
                # is no count; the item goes on past it (its words not counted).
                term = k
                while k < self.end and k in covered:
                    k += 1
                words_from += k - term
                continue
            if self.tokens[k].kind != "word" or k in self.starts:
                break
            if self.tokens[k].lower in self.lex.conjunctions:
                break
            k += 1
        if self.language == "en" and k < self.end and self.tokens[k].lower == "and":
            # "48 were killed by shelling and 16 by small arms fire": the next item's verb is
            # left out, and only a bare number may follow.
            nxt = self.starts.get(k + 1)
            if nxt is None or nxt.noun or nxt.np_last >= 0:
                return start
            return k if self._verb_left_out(nxt) else start
        return k if self._tail_ends_item(k, item) else start
