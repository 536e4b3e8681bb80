"""The nearest verb within a count's clause: the last of the rules that give a count its
category ("11 houses within 300 metres of the impact were flattened"), for a count that no
verb or noun next to it, no whole and no coordinated count has given one."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import (
    _RELATIVES,
    Figure,
    Trigger,
    attributed_category,
    resolve_category,
)
from rightsledger.analysis.statements.figures.own import OwnBinding
from rightsledger.analysis.statements.lexicon import BODY, FAMILY, UNIT
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.az_cases import az_dative, az_in_the_genitive

# Words of a search, in a clause that counts remains: they are sought, not found ("searching
# for the remains of 40", «ищут останки», "qalıqlarını axtarır").
_SEARCH_STEMS = ("search", "seek", "sought", "looking", "ищ", "разыск", "поиск", "axtar")
# Parts of speech of the words that may say whose the counted persons are, between their
# phrase and a participle set off by a comma (nouns and adjectives in the genitive).
_OF_WHOM = frozenset({"NOUN", "ADJF"})
# The finite verb after an English participle that names a whole ("of the 80 people detained
# were released"): the participle is no verb of the sentence.
_EN_FINITE_AFTER_A_PARTICIPLE = frozenset({"were", "was", "have", "has", "had", "are", "is"})
# Prepositions of a short phrase of place or time that may stand between such a participle
# and the verb ("held in the camp", "detained since May"), and how many words it may have.
_EN_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "inside", "near", "since", "during"})
_EN_PLACE_PHRASE_WORDS = 5
# The endings of an Azerbaijani participle of persons ("saxlanılan", "yaralanan").
_AZ_PARTICIPLE_ENDINGS = ("an", "ən")
# How many words a second place in the dative after a comma may have, its verb included
# ("…, qohumlarının yanına köçüb", "…, rayon mərkəzinə getdilər").
_AZ_DESTINATION_WORDS = 4


class ClauseVerb(OwnBinding):
    """Binds a count to the nearest verb of its clause."""

    def _clause(self, figure: Figure) -> None:
        quantity = figure.quantity
        if self._lost_someone(quantity):
            return
        # Things are counted only by a verb of destruction (``resolve_category``), which
        # may stand apart from them ("11 houses within 300 metres of the impact were
        # flattened"); bodies and families need a verb next to them.
        if quantity.noun in {UNIT, BODY, FAMILY} or figure.bound == "whole":
            return
        if figure.trigger is not None and figure.trigger.value == "alive":
            return  # found alive, as its own verb says (``OwnBinding``)
        if self._fraction_of(quantity) and not self._relative_clause_after(quantity):
            # «большинство из 340 жителей были вывезены», "half of the 40 villagers were
            # released": the verb is the vague part's, and the whole is only how many there
            # were — unless its own participle names what they were («половина из 80
            # задержанных», "half of the 80 people detained were").
            self._whole_named_by_its_participle(figure)
            return
        left = quantity.first
        while left > self.begin:
            if self._is_boundary(self.tokens[left - 1]):
                # «Под завалами дома на улице Садовой, 12, могут оставаться …»: a house
                # number between commas ends no clause.
                numbered = self._reference_between_commas(left - 1)
                if numbered is None and self.tokens[left - 1].text == ",":
                    # «Под завалами дома, по предварительным данным, могут находиться …»:
                    # an aside that says whose estimate it is ends no clause either.
                    numbered = self._attribution_before(left - 1)
                if numbered is None:
                    break
                left = numbered
                continue
            if self._headline_ends_before(left) or self._closes_a_cause(self.tokens[left - 1]):
                break
            left -= 1
        counted_before = [
            q.end_token for q in self.quantities
            if left <= q.end_token < quantity.first and not q.non_count
        ]  # fmt: skip
        if counted_before and self._own_predicate(quantity):
            # "Two houses were destroyed and 6 damaged", "Of the 40 hostages, 34 were killed
            # and 6 survived": the count (a part or not) has a verb of its own, which names no
            # act; the verb of the count before it is not its verb.
            left = quantity.last + 1
        right = quantity.end_token
        while right + 1 < self.end and not self._is_boundary(self.tokens[right + 1]):
            right += 1
        right = self._participle_clause_after(quantity, right)
        right = self._before_a_new_subject(quantity, right)
        right = self._az_past_a_second_destination(right)
        # An active verb with a count of its own after it ("the attack that killed 20
        # civilians") is that count's, not the verb of a count before it.
        candidates = [
            t for t in self.triggers
            if left <= t.first and t.last <= right
            and not quantity.np_first <= t.first <= quantity.np_last
            and not (t.first > quantity.last and self._next_quantity_after(t.last))
            # «повреждены 15 домов и разрушены две школы»: a Russian verb with its subject
            # after it is that subject's.
            and not (t.first > quantity.last and self._subject_after(t.last))
        ]  # fmt: skip
        candidates = [t for t in candidates if not self._az_not_the_parts_act(quantity, t)]
        others = [q for q in self.quantities if q is not quantity and not q.non_count]
        usable = [
            t for t in candidates
            if not any(min(t.first, quantity.first) < q.first < max(t.last, quantity.last)
                       for q in others)
        ]  # fmt: skip
        if quantity.zero and self.language == "ru":
            # «Никто не понёс ответственности за гибель 86 человек»: "no one" is the
            # subject of its own verb, not of the act named further on.
            usable = [
                t for t in usable
                if not any(self.tokens[k].pos == "VERB" and k not in self.trigger_at
                           and not self._is_gap_word(self.tokens[k])
                           for k in range(min(t.last, quantity.last) + 1,
                                          max(t.first, quantity.first)))
            ]  # fmt: skip
        if quantity.zero_after_only:
            # «Нарушений при эвакуации не было»: a word a preposition governs is no subject
            # of the «нет».
            usable = [
                t for t in usable
                if t.first > quantity.last or not self._ru_after_a_preposition(t.first)
            ]  # fmt: skip
        if not usable:
            return
        nearest = min(usable, key=lambda t: min(abs(t.first - quantity.last),
                                                abs(quantity.first - t.last)))  # fmt: skip
        category = resolve_category(nearest.value, quantity.counted)
        if category:
            figure.category, figure.trigger, figure.bound = category, nearest, "clause"

    def _az_past_a_second_destination(self, right: int) -> int:
        """ "300 nəfər qonşu rayona, qohumlarının yanına köçüb": in Azerbaijani a comma
        between two places in the dative, the second naming the first more closely (where
        they went, to whom), ends no clause; the verb after the second is the count's. Only
        when the second stretch is short and its verb has a dative just before it. Returns
        the clause's new right end (``right`` if no such comma follows)."""
        if self.language != "az":
            return right
        while right + 2 < self.end and self.tokens[right + 1].text == ",":
            if not az_dative(self.tokens[right].lower):
                break
            k = right + 2
            while k + 1 < self.end and not self._is_boundary(self.tokens[k + 1]):
                k += 1
            if k - right - 1 > _AZ_DESTINATION_WORDS:
                break
            verbs = [
                j for j in range(right + 3, k + 1)
                if j in self.trigger_at and az_dative(self.tokens[j - 1].lower)
            ]  # fmt: skip
            if not verbs:
                break
            right = k
        return right

    def _headline_ends_before(self, k: int) -> bool:
        """Russian: does a line with no stop at its end (a headline) end before ``k``, where a
        capital opens the next? The headline is no part of that line's clause («… в изоляторе
        г. Лесогорска» / «Прокуратура … в отношении начальника и четырёх подчинённых»); a
        sentence wrapped onto the next line goes on in lower case or with a number."""
        token = self.tokens[k]
        return self.language == "ru" and token.newline_before > 0 and token.text[:1].isupper()

    def _lost_someone(self, quantity: Quantity) -> bool:
        """ "Fourteen children lost both parents in the massacre": a count whose own verb is
        losing persons lost them; it is no count of the lost, nor of the act of its clause
        (the town or the family that lost persons counts them after the verb)."""
        verb = self.trigger_at.get(quantity.end_token + 1)
        return verb is not None and verb.value == "lose"

    def _whole_named_by_its_participle(self, figure: Figure) -> None:
        quantity = figure.quantity
        if attributed_category(quantity):
            # "half of the 600 displaced people": the participle before the noun says it.
            figure.category, figure.bound = attributed_category(quantity), "noun"
            return
        before = self._az_participle_before(quantity)
        if before is not None:
            # "Saxlanılan 64 nəfərin yarıdan çoxu döyülüb": Azerbaijani puts it first.
            category = resolve_category(before.value, quantity.counted)
            if category:
                figure.category, figure.trigger, figure.bound = category, before, "backward"
            return
        after = quantity.end_token + 1
        if self.language == "ru" and after < self.end and self.tokens[after].text == ",":
            after += 1  # «трети из 600 человек, содержащихся в лагере»: set off by a comma
        trigger = self.trigger_at.get(after)
        if trigger is None or not self._participle_of_the_whole(trigger):
            return
        category = resolve_category(trigger.value, quantity.counted)
        if category:
            figure.category, figure.trigger, figure.bound = category, trigger, "clause"

    def _az_participle_before(self, quantity: Quantity) -> Trigger | None:
        """The Azerbaijani participle right before a whole ("saxlanılan 64 nəfərin"), if
        one stands there."""
        if self.language != "az":
            return None
        trigger = next(
            (t for t in self.triggers if t.last == quantity.first - 1 and t.first >= self.begin),
            None,
        )
        if trigger is None or not self.tokens[trigger.last].lower.endswith(_AZ_PARTICIPLE_ENDINGS):
            return None
        return trigger

    def _relative_clause_after(self, quantity: Quantity) -> bool:
        """ "half of the 1,150 that are held by the other side": an English relative clause
        after the whole says what the whole is, and its verb is the whole's."""
        after = quantity.end_token + 1
        return self.language == "en" and after < self.end and self.tokens[after].lower in _RELATIVES

    def _participle_of_the_whole(self, trigger: Trigger) -> bool:
        """Is the act right after a whole its participle («задержанных»), in English one
        followed by the verb of the sentence ("the 80 people detained were released")?"""
        if self.language == "ru":
            return self.tokens[trigger.first].pos == "PRTF"
        if self.language == "az":
            # "900 saxlanılanın yarısı": the participle in the genitive, of which the part
            return az_in_the_genitive(self.tokens[trigger.last].lower)
        after = self._past_a_place_phrase(trigger.last + 1)
        return after < self.end and self.tokens[after].lower in _EN_FINITE_AFTER_A_PARTICIPLE

    def _past_a_place_phrase(self, k: int) -> int:
        """Past an English phrase of place or time right after a participle ("the 600 people
        held in the camp are", "the 40 men detained since May were"): the token after it, or
        ``k`` when none stands there or it runs on past a few words."""
        if k >= self.end or self.tokens[k].lower not in _EN_PLACE_PREPOSITIONS:
            return k
        for j in range(k + 1, min(k + 1 + _EN_PLACE_PHRASE_WORDS, self.end)):
            token = self.tokens[j]
            if token.lower in _EN_FINITE_AFTER_A_PARTICIPLE:
                return j
            if token.kind != "word" or token.lower in _RELATIVES:
                return k
        return k

    def _participle_clause_after(self, quantity: Quantity, right: int) -> int:
        """«40 граждан, находящихся в плену»: a Russian participle right after a comma that
        closes the count's phrase describes the counted persons; its clause is theirs too.
        Returns the clause's new right end (``right`` if there is none)."""
        comma = right + 1
        if (
            self.language != "ru"
            or not self._of_whom_only(quantity.end_token, right)
            or comma + 1 >= self.end
            or self.tokens[comma].text != ","
            or self.tokens[comma + 1].pos != "PRTF"
        ):
            return right
        right = comma + 1
        while right + 1 < self.end and not self._is_boundary(self.tokens[right + 1]):
            right += 1
        return right

    def _of_whom_only(self, end: int, right: int) -> bool:
        """Russian: are the words between the count's phrase and the comma at most nouns and
        adjectives saying whose the persons are («трое сотрудников Общества Красного
        Полумесяца, захваченных …», «40 жителей села Ольховка, задержанных …»), no verb?"""
        return all(
            self.tokens[k].kind == "word"
            and self.tokens[k].pos in _OF_WHOM
            and k not in self.trigger_at
            for k in range(end + 1, right + 1)
        )

    def _az_remains_of_persons(self, quantity: Quantity) -> bool:
        """ "58 nəfərin cəsədi": the remains of persons counted in the genitive, as "the
        bodies of 58 people" are (a bare "90 cəsəd" counts bodies not yet said found)."""
        return (
            self.language == "az"
            and quantity.counted == BODY
            and quantity.np_first >= 0
            and az_in_the_genitive(self.tokens[quantity.np_first].lower)
        )

    def _remains_in_what_was_found(self, figure: Figure) -> None:
        """ "Two graves were found, which held the remains of at least 18 people", «обнаружены
        два захоронения, в которых находились останки 18 человек»: remains with no verb in
        their clause, or a verb that only holds them, were found."""
        quantity = figure.quantity
        if figure.category or not (quantity.bodies or self._az_remains_of_persons(quantity)):
            return
        left = quantity.first
        while left > self.begin and not self._is_boundary(self.tokens[left - 1]):
            left -= 1
        right = quantity.end_token
        while right + 1 < self.end and not self._is_boundary(self.tokens[right + 1]):
            right += 1
        right = self._participle_clause_after(quantity, right)
        right = self._before_a_new_subject(quantity, right)
        if any(left <= t.first <= right and t.value not in {"hold", "find"} for t in self.triggers):
            # a verb of the clause's own ("… are still missing") says what they are; one of
            # finding that the graves took («обнаружены два захоронения с телами 58 человек»)
            # found the remains in them too
            return
        own = range(quantity.first, quantity.end_token + 1)  # «не менее 20» is no negation
        if any(
            k not in own
            and (
                self.tokens[k].lower in self.lex.negations
                or self.tokens[k].lower.startswith(_SEARCH_STEMS)
            )
            for k in range(left, right + 1)
        ):
            return  # "… have not yet been recovered", "searching for the remains": not found
        found = [t for t in self.triggers if t.value == "find"]
        if found:
            figure.category, figure.trigger, figure.bound = "found_dead", found[0], "clause"
        else:
            # "The graves held the remains of 40 people", «в могилах находились останки 40
            # человек»: remains are counted only once they are found; a clause that only
            # says where they lay or what held them tells of no other fate.
            figure.category, figure.bound = "found_dead", "noun"
