"""What a sentence says of the persons it counts, beside their fate: a sentence that spells
out the figure before it ("They were 35 servicemen and seven civilians"), a group said of
persons named by their fate («Не менее 14 задержанных — журналисты»), a Russian verb left out
before a dash («ещё 58 — погибшими»), persons found alive (no figure) and "no one" said of a
degree of harm ("nobody was hospitalised", no figure)."""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures.acts import ActsApart
from rightsledger.analysis.statements.figures.core import (
    HELD_FATES,
    Figure,
    _nest_if_fate_follows,
    fate_told_after_its_participle,
    resolve_category,
    subgroup_of,
    within,
)
from rightsledger.analysis.statements.figures.degrees_of_harm import lighter_degree_holding
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity

# The copula between the counted and the group they were: «14 задержанных — журналисты»,
# «около 400 арестованных были женщины», "are journalists".
# Words by which a sentence adds others to those counted before it: «Кроме того», «Помимо
# этого», "In addition", "Besides", "Daha 3 nəfər ağır yaralanıb" (three more, badly hurt).
# The injured's own words, by their dictionary forms: «раненых», «пострадавших».
_THE_INJURED = frozenset({"раненый", "ранить", "пострадавший", "пострадать"})
_BESIDES = frozenset({"кроме", "помимо", "besides", "addition", "daha"})
# … and the Azerbaijani pairs that say "besides this": "Bundan əlavə", "Bundan başqa", "Əlavə
# olaraq" ("əlavə" alone is also "additional": "əlavə məlumata görə", by further news).
_AZ_BESIDES = frozenset({("bundan", "əlavə"), ("bundan", "başqa"), ("əlavə", "olaraq")})
_COPULAS = frozenset({"—", "–", "are", "were", "были", "являлись", "являются", "оказались"})
# The fates of wholes whose persons a later figure names by the participle of that fate:
# those released, whose captivity they tell of, and those taken.
_WHOLES_NAMED_BY_THEIR_PARTICIPLE = frozenset({"released", "captured"})
# A pronoun and a copula that open a sentence spelling out the figure before it.
_THEY_WERE = frozenset(
    {("they", "were"), ("they", "are"), ("these", "were"), ("those", "were"), ("это", "были"),
     ("ими", "стали"), ("ими", "оказались")}
)  # fmt: skip
# … or a pronoun alone, the copula left out or after the counts: «Это 41 военнослужащий …»,
# "Onlar 35 hərbçi və 7 mülki şəxs idi".
_THEY_ALONE = frozenset({"это", "onlar"})

# Azerbaijani words for alive, as found alive is said: "sağ", "diri", "sağ-salamat".
_AZ_ALIVE = frozenset({"sağ", "diri", "sağ-salamat", "sağsalamat"})
# What opens an English whole named with no number after "of": "of the missing", "of those
# sought" (``_found_alive``).
_DETERMINERS_OF_A_WHOLE = frozenset({"the", "those", "these"})
# The participle that describes persons by the search for them ("sought by their families"),
# which a predicate of their own may follow.
_SOUGHT = frozenset({"sought"})


class SaidOfThem(ActsApart):
    """Rules on what is said of the persons counted, beside what befell them."""

    def _they_were(self, figures: list[Figure]) -> None:
        """ "Forty-two captives returned. They were 35 servicemen and seven civilians", «Это
        были 41 военнослужащий и семеро мирных жителей»: a sentence that opens with a
        pronoun and a copula and counts groups with no verb of their own spells out the
        latest figure before it, if they fit in it."""
        if self.end - self.begin < 3:
            return
        first, second = self.tokens[self.begin].lower, self.tokens[self.begin + 1].lower
        if (first, second) not in _THEY_WERE and first not in _THEY_ALONE:
            return
        counted = [f for f in figures if not f.category and f.parent is None]
        if not counted or len(counted) != len(figures):
            return
        groups = [names_group(f.quantity.noun) for f in counted]
        if not any(groups) or any(
            not group and f.quantity.noun != PERSON
            for f, group in zip(counted, groups, strict=True)
        ):
            return  # "They were 35 servicemen and seven civilians": groups, persons beside them
        earlier = [f for f in self.previous if f.category and f.parent is None]
        if not earlier:
            return
        whole = earlier[-1]
        most, counts = whole.quantity.count, [f.quantity.count for f in counted]
        if most is None or any(c is None for c in counts) or sum(c or 0 for c in counts) > most:
            return
        for figure in counted:
            figure.parent, figure.category, figure.bound = whole, whole.category, "nested"

    def _named_by_an_earlier_fate(self, figures: list[Figure]) -> None:
        """«Полиция задержала сотни человек. Не менее 14 задержанных — журналисты», "… 14
        detainees are journalists": persons counted by the noun or participle of a fate
        counted before, whose predicate is only a group, say who some of the persons of that
        figure were (a part), if they fit in it. With a fate of their own ("96 detainees
        reported torture") they are a figure of that fate, no part: no word relates them."""
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.parent is not None or not figure.category:
                continue
            named = self._fate_named_by_the_counted(quantity)
            if not named or named != figure.category or self._whole_after_of(quantity):
                continue  # "Nine of the 30 dead were children": the predicate is the nine's
            group = self._group_as_predicate(quantity)
            if not group:
                continue  # "12 detainees were detained again": no part said
            # Not of another period's figure, given to compare («годом ранее погибли 15»).
            wholes = [
                f for f in [*self.previous, *figures[:k]]
                if f.parent is None and f.category == named and not self._for_comparison(f)
            ]  # fmt: skip
            if not wholes:
                continue
            whole = wholes[-1]
            most = whole.quantity.most
            count = quantity.most
            if most is not None and (count is None or count > most):
                continue
            figure.parent, quantity.noun, figure.subgroup = whole, group, subgroup_of(group)

    def _whole_after_of(self, quantity: Quantity) -> bool:
        """Is the count the whole of a part said before it ("nine of the 30 dead", «девять из
        30 погибших»)?"""
        k = quantity.first - 1
        if k > self.begin and self.tokens[k].lower == "the":
            k -= 1
        return k >= self.begin and self.tokens[k].lower in {"of", "из"}

    def _later_fate_of_those_named_by_an_earlier_one(self, figures: list[Figure]) -> None:
        """«Шестнадцать похищенных освобождены. Не менее одиннадцати освобождённых
        рассказали, что их избивали»: Russian names those of an earlier figure by the
        participle of their fate after the number; with a later fate of their own, they are
        some of that figure's persons (the released who tell of their captivity), if they fit
        in it."""
        if self.language != "ru":
            return
        for k, figure in enumerate(figures):
            quantity = figure.quantity
            if figure.parent is not None or not figure.category or quantity.zero:
                continue
            named = self._fate_named_by_the_counted(quantity)
            if named == figure.category or not (
                named in _WHOLES_NAMED_BY_THEIR_PARTICIPLE
                or (named == "detained" and self._fate_told_by_a_clause_after(figure))
            ):
                continue
            wholes = [
                f for f in [*self.previous, *figures[:k]]
                if f.parent is None or f.category != f.parent.category
            ]  # fmt: skip
            wholes = [f for f in wholes if f.category == named and not f.quantity.zero]
            if not wholes:
                continue
            whole = wholes[-1]
            most, count = whole.quantity.most, quantity.count
            if most is not None and count is not None and count > most:
                continue
            _nest_if_fate_follows(figure, whole)

    def _bodily_harm_found_on_the_held(self, figures: list[Figure]) -> None:
        """«зафиксировали телесные повреждения у тридцати двух задержанных»: harm found on
        persons held, in the words of the law and of medical reports, is the mark of their
        ill-treatment (torture, as statements count it), not an injury they suffered
        elsewhere; «получили телесные повреждения» stays an injury."""
        if self.language != "ru":
            return
        for figure in figures:
            trigger = figure.trigger
            if figure.category != "injured" or trigger is None:
                continue
            if not self.tokens[trigger.first].lower.startswith("телесн"):
                continue
            if self._fate_named_by_the_counted(figure.quantity) in HELD_FATES:
                figure.category = "tortured"

    @staticmethod
    def _fate_told_by_a_clause_after(figure: Figure) -> bool:
        """«о 27 задержанных, которых избили»: the fate is the relative clause's after the
        participle that names the counted (``relative_clauses``), so the participle names
        persons counted before, as «27 из задержанных» would."""
        return (
            figure.trigger is not None
            and fate_told_after_its_participle(figure.quantity, figure.trigger) == figure.category
        )

    def _fate_named_by_the_counted(self, quantity: Quantity) -> str:
        """The fate the count's noun or participle names ("detainees", «задержанных»)."""
        if quantity.noun.startswith("implied:"):
            return quantity.noun.split(":", 1)[1]
        trigger = self.trigger_at.get(quantity.end_token + 1)
        if trigger is None or not self._counted_participle(quantity, trigger):
            return ""
        return resolve_category(trigger.value, quantity.counted)

    def _group_as_predicate(self, quantity: Quantity) -> str:
        """The group the predicate names: «14 задержанных — журналисты», «около 400
        арестованных были женщины», "are journalists"."""
        k = quantity.end_token + 1
        trigger = self.trigger_at.get(k)
        if trigger is not None:
            k = trigger.last + 1
        if k >= self.end or self.tokens[k].lower not in _COPULAS:
            return ""
        phrase = self.lex.noun_set.match(self.tokens, k + 1)
        if phrase is None or not names_group(phrase.value):
            return ""
        return phrase.value

    def _gapped_verb_with(self, before: Figure, word: int) -> str | None:
        """The category of the verb of the figure before, left out, joined to ``word``
        («найдены» + «погибшими»: found dead; + «живыми»: none), if the two make a verb the
        lexicon knows; None if they do not."""
        # A verb after the count before, up to the comma (its figure's own trigger may be its
        # whole's, or the participle it was counted by: «14 разыскиваемых найдены погибшими»).
        j = before.quantity.end_token + 1
        while j < word and self.tokens[j].text != ",":
            trigger = self.trigger_at.get(j)
            if trigger is not None:
                pair = [self.tokens[trigger.first], self.tokens[word]]
                matched = self.lex.trigger_set.match_span(pair, 0)
                if matched is not None and matched[1] == 2:
                    return resolve_category(matched[0].value, before.quantity.counted)
            j += 1
        return None

    def _found_alive(self, quantity: Quantity) -> bool:
        """Is the count's own predicate "found alive" ("611 have been located alive",
        «143 человека найдены живыми», "611 nəfəri sağ tapılıb")? In "three of the 15
        hostages were found alive" the predicate is the part's: the whole is not found alive,
        and the part's predicate comes after its whole."""
        if self.language != "az" and self._whole_after_of(quantity):
            return False
        before = self.trigger_ending.get(quantity.first - 1)
        if self.language == "ru" and before is not None and before.value == "alive":
            return True  # «Из 19 пропавших живыми найдены четверо»: the verb before the part
        j = max(quantity.end_token, quantity.last) + 1
        if self._az_alive_with_the_verb_left_out(j):
            return True  # "88 nəfərdən 61-i sağ, 9-u ölü tapılıb": the 61 found alive
        # "three of the 15 hostages", «трое из 15 заложников»: past the whole to the verb.
        whole = self._whole_counted_after_of(j) if self.language != "az" else None
        if whole is not None:
            j = whole.end_token + 1
        # "12 of the missing have been found alive", "700 of the persons sought": a whole with
        # no count, named by what it was; past it to the verb, as past a counted one.
        of_a_whole = whole is not None or self._of_a_whole_uncounted(j)
        while j < self.end and not self._is_boundary(self.tokens[j]):
            trigger = self.trigger_at.get(j)
            if trigger is not None and of_a_whole and trigger.value != "alive":
                j = trigger.last + 1  # "3 of the 40 missing persons": what the whole was
                continue
            if trigger is not None and self.tokens[trigger.first].lower in _SOUGHT:
                j = trigger.last + 1  # "72 persons sought by their kin have since been found
                continue  # alive": who they were, not what befell them
            if trigger is not None:
                return trigger.value == "alive"
            if j in self.starts or (
                self.language != "az" and not of_a_whole and not self._is_gap_word(self.tokens[j])
            ):
                return False
            j += 1  # after "of the 40 …", the words that name the whole
        return False

    def _of_a_whole_uncounted(self, j: int) -> bool:
        """Does an English partitive with no number open at ``j`` ("of the missing", "of
        those sought")?"""
        return (
            self.language == "en"
            and j + 1 < self.end
            and self.tokens[j].lower == "of"
            and self.tokens[j + 1].lower in _DETERMINERS_OF_A_WHOLE
        )

    def _az_alive_with_the_verb_left_out(self, j: int) -> bool:
        """ "61-i sağ, 9-u ölü tapılıb": "sağ" (alive) right after an Azerbaijani count, then a
        comma: the verb of finding is left out for the part found alive, and said once for
        the next part's fate."""
        if self.language != "az" or j >= self.end:
            return False
        # "sağ" may have been taken into the count's noun phrase, or stand after it.
        alive = j - 1 if self.tokens[j].text == "," else j
        return (
            alive + 1 < self.end
            and self.tokens[alive].lower in _AZ_ALIVE
            and self.tokens[alive + 1].text == ","
        )

    def _az_degrees_of_harm_of_the_beaten(self, figures: list[Figure]) -> None:
        """ "Saxlanılanlardan 12-si döyüldüklərini bildirdi, ikisinin qabırğası sınıb": persons
        counted by a degree of harm (broken bones, taken to hospital) right after a count of
        persons beaten, in the same sentence, are a part of the beaten, not of the whole the
        beaten were taken from (Azerbaijani)."""
        if self.language != "az":
            return
        for beaten, figure in pairwise(figures):
            if beaten.category != "tortured" or figure.category != "injured":
                continue
            if figure.parent not in (None, beaten.parent) or not self._only_a_degree(figure):
                continue
            most, count = beaten.quantity.most, figure.quantity.count
            if most is not None and count is not None and count < most:
                figure.parent = beaten

    def _degrees_of_the_hurt(self, figures: list[Figure]) -> None:
        """ "50 people were injured. Seven were hospitalised", «Ранены 50 человек. В тяжёлом
        состоянии находятся семеро»: persons counted by a degree of harm, with no whole, are
        a part of the hurt counted just before them, if they fit in it. Deaths told between
        («… ещё один мужчина скончался в реанимации. В тяжёлом состоянии находятся 11»)
        leave the hurt the latest count of the living. A sentence that opens by adding
        («Кроме того, амбулаторную помощь получили свыше 40 человек») counts others."""
        for k, figure in enumerate(figures):
            if figure.parent is not None or figure.category != "injured":
                continue
            if not self._only_a_degree(figure) or figure.quantity.count is None:
                continue
            if any(self.tokens[j].lower in _BESIDES for j in range(self.begin, figure.first)):
                continue
            words = [t.lower for t in self.tokens[self.begin : figure.first]]
            if any(pair in _AZ_BESIDES for pair in pairwise(words)):
                continue  # "Bundan əlavə, 17 nəfər ambulator yardım alıb": others
            before = [
                f for f in [*self.previous, *figures[:k]]
                if f.category and f.parent is None and f.category != "killed"
            ]  # fmt: skip
            if not before or before[-1].category != "injured":
                continue
            named = self._hurt_named_by_the_noun(figure, before)
            whole = named or before[-1]
            if named is None and self._only_joiners_between(whole.quantity, figure.quantity):
                continue  # "17 demonstrators and 4 officers required treatment": beside them
            most = whole.quantity.most
            if (
                named is None
                and self._named_as_the_injured(figure.quantity)
                and (most is None or figure.quantity.count >= most)
            ):
                # «58 получили ранения. Двое сапёров ранены … Не менее 14 раненых перенесли
                # ампутацию»: the injured named by their own noun are of the latest count of
                # the injured that holds them, past a smaller one told since.
                whole = next(
                    (
                        f
                        for f in reversed(before)
                        if f.category == "injured"
                        and f.quantity.most is not None
                        and figure.quantity.count < f.quantity.most
                    ),
                    whole,
                )
                most = whole.quantity.most
            if most is not None and figure.quantity.count < most:
                figure.parent = whole
                if named is not None and figure.subgroup == "all":
                    figure.subgroup = named.subgroup  # «трое сотрудников»: the officers'
                told = [f for f in [*self.previous, *figures[:k]] if within(f, whole)]
                lighter = lighter_degree_holding(self.tokens, figure, told, self.language)
                if lighter is not None:
                    figure.parent = lighter  # «в реанимации 7»: of the hospitalised

    def _hurt_named_by_the_noun(self, figure: Figure, before: list[Figure]) -> Figure | None:
        """«23 сотрудника полиции и 14 участников митинга получили травмы; трое сотрудников
        госпитализированы», "… three officers were hospitalised": of the hurt counted last
        together, the one whose own noun the part's one noun says again."""
        quantity = figure.quantity
        if quantity.np_first < 0 or quantity.np_first != quantity.np_last:
            return None
        key = self.tokens[quantity.np_first].key
        hurt: list[Figure] = []
        for f in reversed(before):
            if f.category != "injured":
                break
            hurt.append(f)
        for f in hurt:
            counted = f.quantity
            if counted.np_first >= 0 and any(
                t.kind == "word" and t.key == key
                for t in self.tokens[counted.np_first : counted.np_last + 1]
            ):
                return f
        return None

    def _named_as_the_injured(self, quantity: Quantity) -> bool:
        """Are the persons counted named by the injured's own word right after the number
        («14 раненых», «четверо пострадавших»)?"""
        k = quantity.last + 1
        return k < self.end and self.tokens[k].key in _THE_INJURED
