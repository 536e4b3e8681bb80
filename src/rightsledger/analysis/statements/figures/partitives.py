"""Parts by the partitive: "150 of the 1,275", «из 1275 … 150», "1275 nəfərdən 150-si",
"four children were among the 19 killed", "72 wounded, 14 seriously". The lists of parts
that go on after the first are read in ``part_lists``."""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.figures.core import (
    _AUXILIARIES,
    _AZ_AMONG,
    _COPULA_VERBS,
    _DEFINITE,
    _ONLY_FINITE,
    _RELATIVES,
    Figure,
    Trigger,
    attributed_category,
    implied_category,
    resolve_category,
)
from rightsledger.analysis.statements.figures.part_lists import PartLists
from rightsledger.analysis.statements.lexicon import BODY, GRAVE, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.ranges import CHANGE_PREFIXES_AZ
from rightsledger.analysis.statements.tokens import Token

# «Удалось освободить»: what was managed was done.
_RU_MANAGED = frozenset({"удалось", "удаётся", "удается", "удавалось"})
# Possessive pronouns before the whole of a part: "nine of their 30 guards".
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})


def _larger(part: Figure, whole: Figure) -> bool:
    """Does the part count more than its whole can hold? Then «из» says where from."""
    count, most = part.quantity.count, whole.quantity.most
    return count is not None and most is not None and count >= most


# How far after an Azerbaijani count in the ablative the count it changed to may stand, and
# the verbs of change after that one ("enib", fell; "artıb", "qalxıb", rose; "çatıb").
_CHANGE_REACH = 5
_CHANGE_VERBS_AZ = (*CHANGE_PREFIXES_AZ, "qalx", "çatıb")


class Partitives(PartLists):
    """Binds parts taken by the partitive and the lists they open."""

    def _partitives(self, figures: list[Figure], by_quantity: dict[int, Figure]) -> None:
        """ "150 of the 1,275 …", «из 1275 … 150», "1275 nəfərdən 150-si"."""
        self._among_after(figures, by_quantity)
        self._elided_parts(figures)
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            j = quantity.end_token + 1
            if quantity.after_copula:
                j = quantity.last + 1  # "6 of those 25 were women": the noun is past the whole
            of = {"en": "of", "ru": "из"}.get(self.language)
            if j < self.end and self.tokens[j].lower == of:
                j += 1
                definite = j < self.end and self.tokens[j].lower in _DEFINITE
                if definite:
                    j += 1
                if j < self.end and (
                    self.tokens[j].lower.endswith(("'s", "’s"))
                    or self.tokens[j].lower in _POSSESSIVES
                ):
                    j += 1  # "12 of the village's 40 men", "nine of their 30 guards"
                whole = by_quantity.get(id(self.starts.get(j)))
                if whole is not None and _larger(figure, whole):
                    whole = None  # «тела 348 человек из 12 мест захоронений»: where from
                again = self._counted_again(self.starts.get(j), figures[:k]) if definite else None
                if again is not None:
                    self._make_part(figure, again)  # its predicate is its own
                elif whole is not None:
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

    def _counted_again(self, named: Quantity | None, before: list[Figure]) -> Figure | None:
        """«Двое из этих шестерых скончались»: persons named again by their count after "of
        these" (``_counted_named_again``) are the latest figure of that count."""
        if named is None or not self._counted_named_again(named):
            return None
        earlier = [f for f in [*self.previous, *before] if f.quantity.count == named.count]
        return earlier[-1] if earlier else None

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
            if whole is None or whole is part or not whole.category:
                continue
            for each in [*self._joined_before(figures, part), part]:
                each.parent = whole
                if not each.category or each.trigger is whole.trigger:
                    each.category, each.trigger, each.bound = whole.category, None, "nested"

    def _joined_before(self, figures: list[Figure], part: Figure) -> list[Figure]:
        """ "Eleven journalists and four medics were among the 90 injured": the counts joined
        to the part before it, each with a noun of its own, are parts of the same whole."""
        joined: list[Figure] = []
        later = part
        for earlier in reversed(figures[: figures.index(part)]):
            if not earlier.quantity.noun or earlier.parent is not None:
                break
            if not self._only_joiners_between(earlier.quantity, later.quantity):
                break
            joined.insert(0, earlier)
            later = earlier
        return joined

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

    def _done_to_the_tellers(self, whole: Quantity, trigger: Trigger) -> bool:
        """ "12 of the 37 say police beat them": an act told after the whole's number, done
        to "them", is what the part reports was done to it, as a finite verb after the whole
        would say of the part (the whole is only what the part is of). English only."""
        return (
            self.language == "en"
            and trigger.last + 1 < self.end
            and self.tokens[trigger.last + 1].lower == "them"
            and any(
                self.lex.reporting_set.match(self.tokens, k) is not None
                for k in range(whole.end_token + 1, trigger.first)
            )
        )

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
        if words & _RELATIVES:
            return
        finite = bool(words & _AUXILIARIES) or (
            self.language == "ru" and self.tokens[trigger.first].pos in {"VERB", "PRTS"}
        )
        # "12 of the village's 40 men were shot dead": the auxiliary opens the act's words;
        # "Three of the 40 detainees died": a past tense that no participle shares.
        first = self.tokens[trigger.first].lower
        finite = finite or first in _AUXILIARIES or first in _ONLY_FINITE
        if not finite and not self._done_to_the_tellers(whole.quantity, trigger):
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
        else:
            # "12 abducted aid workers", «из 23 задержанных активистов»: what the words
            # after the whole's number say befell it.
            self._whole_named_by_a_participle(whole, trigger.first)

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
        if between & _RELATIVES:
            return  # "Of the 2,000 people who were detained, 150 …": the verb is the whole's
        # «Из 46 похищенных удалось освободить 30»: the infinitive after «удалось» is said.
        # A Russian finite verb or short participle anywhere in the verb: «освобождены»,
        # «мёртвыми найдены» (the predicate's word before it).
        finite = bool(between & (_AUXILIARIES | _RU_MANAGED)) or (
            self.language == "ru"
            and any(
                t.pos in {"VERB", "PRTS"} for t in self.tokens[trigger.first : trigger.last + 1]
            )
        )
        category = resolve_category(trigger.value, part.quantity.counted)
        if not category or not finite:
            return  # "Among the 64 people killed in the raid were 20 children"
        part.category, part.trigger, part.bound = category, trigger, "backward"
        implied = implied_category(whole.quantity, whole=True)
        whole.category, whole.trigger, whole.bound = implied, None, "noun" if implied else "whole"
        if not implied:
            # «Из 46 похищенных (сельчан) освобождены 30»: a participle after the whole's
            # number names what befell the whole.
            self._whole_named_by_a_participle(whole, trigger.first)

    def _whole_named_by_a_participle(self, whole: Figure, before: int) -> None:
        quantity = whole.quantity
        if attributed_category(quantity):
            whole.category, whole.bound = attributed_category(quantity), "noun"
            return
        for named in self.triggers:
            if named.first != quantity.end_token + 1 or named.last >= before:
                continue
            # «из 64 раненых»: the morphology may take a participle for a noun. English has
            # no morphology here: a word of an act between the whole's number and the part's
            # verb is a participle or an adjective used as a noun ("nine of the 14 wounded
            # are in serious condition", "two of the 30 detained were freed").
            if self.language != "en" and self.tokens[named.first].pos not in {"PRTF", "NOUN"}:
                continue
            category = resolve_category(named.value, quantity.counted)
            if category:
                whole.category, whole.trigger, whole.bound = category, named, "forward"
            return

    def _opens_partitive(self, quantity: Quantity) -> bool:
        first = quantity.first
        previous = self.tokens[first - 1] if first > self.begin else None
        if self.language == "az":
            ending = self.tokens[quantity.end_token]
            word = ending.suffix if ending.kind == "num" else ending.lower
            if quantity.qualifier_last >= 0:
                return False
            after = quantity.end_token + 1
            if self._az_count_changed_to(after) or self._az_changed_to_later(quantity):
                return False  # "sayı 12-dən 41-ə yüksəlib": from 12 to 41, no part of 12
            if ending.lower in self.lex.gap_words:
                return False  # "98-i sonradan azad edilib": "later", no whole in the ablative
            if word.endswith(("dən", "dan")) and self._az_part_with_a_cause(quantity):
                return False
            if word.endswith(("dən", "dan")) or self._az_genitive_among(quantity):
                return True
            # "140 nəfərin 25-i", "12 min nəfərin 4 mini", "30 nəfərin üçü": a genitive whole
            # and a part right after it whose number has the possessive.
            part = self.starts.get(after)
            return (
                word.endswith(("ın", "in", "un", "ün"))
                and part is not None
                and self._az_possessive_number(part)
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
        # "… told the panel that of the 90 …": a clause opened by "that" too.
        opens = self._clause_start(first - 1) or (
            first - 2 >= self.begin and self.tokens[first - 2].lower == "that"
        )
        return previous.lower in {"of", "among"} and opens

    def _az_part_with_a_cause(self, quantity: Quantity) -> bool:
        """ "Onlardan 6-sı xəstəlikdən, 3-ü isə intihar nəticəsində ölüb": a number with the
        possessive ending is itself a part; the ablative after it, a word of its own, is a
        cause or a source ("from illness"), no whole of the count after it."""
        if quantity.end_token <= quantity.last or not self._az_possessive_number(quantity):
            return False
        number = self.tokens[quantity.last]
        ending = number.suffix if number.kind == "num" else number.lower
        return not ending.endswith(("dən", "dan", "ın", "in", "un", "ün"))

    def _az_count_changed_to(self, after: int) -> bool:
        """Is the count at ``after`` in the dative, the count a whole in the ablative changed
        to ("12-dən 41-ə", "96 mindən 112 minə": from 96 thousand to 112 thousand)?"""
        if after >= self.end or self.tokens[after].kind != "num":
            return False
        if self.tokens[after].suffix:
            ending = self.tokens[after].suffix  # the case on the digits: "41-ə", "51-i"
            return ending.endswith(("a", "ə")) and not self._az_about_a_part(after)
        changed_to = self.starts.get(after)
        if changed_to is None:
            return False
        # The case on the word of thousands or on the noun: "112 minə", "5 min nəfərə".
        last = changed_to.np_last if changed_to.noun else changed_to.last
        word = self.tokens[last]
        return last > after and word.kind == "word" and word.lower.endswith(("a", "ə"))

    def _az_changed_to_later(self, quantity: Quantity) -> bool:
        """ "sayı keçən il doqquzdan bu il dördə enib": the next count, past words of time,
        in the dative right before a verb of change is the count the ablative one changed to."""
        after = [q for q in self.quantities if quantity.end_token < q.first < self.end]
        if not after or after[0].first - quantity.end_token > _CHANGE_REACH:
            return False
        last = after[0].end_token
        ending = (
            self.tokens[last].suffix if self.tokens[last].kind == "num" else self.tokens[last].lower
        )
        verb = self.tokens[last + 1].lower if last + 1 < self.end else ""
        return ending.endswith(("a", "ə")) and verb.startswith(_CHANGE_VERBS_AZ)

    def _az_about_a_part(self, number: int) -> bool:
        """ "1 275 nəfərdən 150-yə yaxını": close to 150 of them — the dative governed by a
        qualifier with the possessive of a part, no count the whole changed to."""
        k = number + 1
        while k < self.end and not self.tokens[k].space_before:
            k += 1  # past the ending written onto the digits ("-yə")
        word = self.tokens[k].lower if k < self.end else ""
        return word.startswith(("yaxın", "qədər")) and word.endswith(("ı", "i"))

    def _az_genitive_among(self, quantity: Quantity) -> bool:
        """ "Həlak olan 12 nəfərin arasında dörd uşaq var", "doqquz yaralının arasında iki
        qadın": a count in the genitive, or with its noun in the genitive, before "arasında"
        (among) is the whole of the count after it."""
        k = quantity.end_token
        if self.tokens[k].lower not in _AZ_AMONG:
            k += 1
            if k < self.end and self.tokens[k].lower not in _AZ_AMONG:
                k += self.tokens[k].kind == "word"
            if k >= self.end or self.tokens[k].lower not in _AZ_AMONG:
                return False
        genitive = self.tokens[k - 1]
        word = genitive.suffix if genitive.kind == "num" else genitive.lower
        if k - 1 < quantity.first or quantity.count is None:
            return False
        # "90 nəfər arasında", "90 yaralı arasında": the count's own noun of persons, or the
        # word of their fate right after a bare count, in the bare form too.
        own_noun = k - 1 <= quantity.end_token and quantity.noun == PERSON
        fate_noun = k - 1 == quantity.end_token + 1 and not quantity.noun
        bare = genitive.kind == "word" and (own_noun or fate_noun)
        return bare or word.endswith(("ın", "in", "un", "ün"))

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
        if self.language == "en" and between == [":"]:
            return True  # "Of the 486: 412 men, 61 women and 13 children", a list's opener
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
