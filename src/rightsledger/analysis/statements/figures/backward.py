"""The verb of a count before it ("killed 613", «погибли 613 человек»): the nearest act behind
the count in its clause, past a label's noun, a marker of parts and the words a backward gap
allows; and the Russian forms both searches ask after («у пятерых — переломы», a preposition
before a noun of an act). Apart from ``verbs``, which searches forward."""

from __future__ import annotations

from collections.abc import Iterator

from rightsledger.analysis.statements.figures.core import _BACKWARD_GAP, Trigger, resolve_category
from rightsledger.analysis.statements.figures.label_acts import LabelActs
from rightsledger.analysis.statements.quantities import Quantity

# Words that name a count ("the number of wounded", "the death toll", «число погибших»).
_COUNT_NOUNS = frozenset({"number", "toll", "death-toll", "число", "количество", "sayı"})
# How many words an agent phrase after the noun of an act may take ("by the prison guards").
_AGENT_REACH = 4
# The word that opens it: "by"; in Russian «у», the holder after a state of being held.
_AGENT_WORDS = {"en": "by", "ru": "у"}


# Russian prepositions of two words whose second is a noun to the morphology.
_COMPOUND_PREPOSITIONS_RU = frozenset(
    {("в", "ходе"), ("во", "время"), ("в", "результате"), ("в", "период"), ("в", "течение")}
)


class BackwardSearch(LabelActs):
    """Finds the verb of a count before it."""

    def backward(self, quantity: Quantity) -> tuple[Trigger, int] | None:
        first: tuple[Trigger, int] | None = None
        for trigger, gap in self._backward_candidates(quantity):
            if trigger.value == "alive" and first is None:
                # «живыми найдены лишь 12»: found alive is the count's own fate, no figure;
                # an act behind it is another count's.
                return None
            if resolve_category(trigger.value, quantity.counted):
                if not trigger.circumstance:
                    return trigger, gap
                first = first or (trigger, gap)
        return first

    def _ru_possessed_before_a_dash(self, quantity: Quantity, j: int, after: int) -> bool:
        """«из них у пятерых — переломы», «у 12 человек — огнестрельные ранения»: Russian says
        what persons have with «у» before them and a dash for the verb left out; what follows
        the dash is theirs. The dash may follow the whole the persons are taken from, which
        ends at ``after`` («у пятерых из них — переломы», «у шестерых из этих 29 — …»)."""
        first = quantity.first
        return (
            self.language == "ru"
            and j in {quantity.end_token + 1, after}
            and self.tokens[j].text in {"—", "–"}
            and first > self.begin
            and self.tokens[first - 1].lower == "у"
        )

    def _ru_after_a_preposition(self, first: int) -> bool:
        """Does a Russian preposition govern the word at ``first`` («при эвакуации», «в ходе
        эвакуации», «от задержанных»)? Then it names no subject of a «нет» after it: «Раненых
        в ходе эвакуации не было» is none hurt, not none evacuated."""
        if self.language != "ru" or first <= self.begin:
            return False
        before = self.tokens[first - 1]
        if before.pos == "PREP":
            return True
        pair = (self.tokens[first - 2].lower, before.lower) if first - 2 >= self.begin else None
        return pair in _COMPOUND_PREPOSITIONS_RU

    def _backward_candidates(self, quantity: Quantity) -> Iterator[tuple[Trigger, int]]:
        j = quantity.first - 1
        gap = 0
        while j >= self.begin:
            token = self.tokens[j]
            if token.text in {"—", "–", ":"} and j == quantity.first - 1:
                trigger = self.trigger_ending.get(self._label_noun_start(j) - 1)
                if trigger is None and token.text == ":":
                    trigger = self._act_opening_the_label(j)
                if trigger is not None and self._joint(trigger) and self._act_right_after(quantity):
                    return  # "Casualties: 45 dead", «Пострадавшие: 45 погибших»: its own act
                if (
                    trigger is not None
                    and self._marker_ending(j - 1) is None
                    and not self._counts_before(trigger)
                ):
                    yield trigger, 0
                    return
            if token.text == "," and j == quantity.first - 1:
                named = self._count_named_before(j, quantity)
                if named is not None:
                    yield named, 0
                    return
            if token.text == "," and j < quantity.first - 1:
                enclosed = self._enclosed_participle(j)
                if enclosed is not None:
                    yield enclosed, gap
                    return
            if token.text == ",":
                numbered = self._reference_between_commas(j)
                if numbered is not None:
                    j = numbered - 1
                    continue
                opening = self._attribution_before(j)
                if opening is not None:
                    j = opening - 1
                    continue
            if quantity.zero_after_only and j == quantity.first - 1 and self._marker_ending(j):
                # «Мирных жителей среди погибших нет»: none of the group among the dead.
                among = self.trigger_ending.get(j)
                if among is not None:
                    yield among, 0
                return
            if self._is_boundary(token) or j in self.ends or self._marker_ending(j):
                return
            if self._closes_a_cause(token):
                return  # "…-ə işgəncə verdiyinə görə dörd əməkdaşı …": a cause, said apart
            trigger = self.trigger_ending.get(j)
            if trigger is not None:
                if self._joint(trigger) and self._act_right_after(quantity):
                    return  # "Casualties now 8 dead and 31 injured": its own act, as after ":"
                if not (quantity.zero_after_only and self._ru_after_a_preposition(trigger.first)):
                    yield trigger, gap
                j = trigger.first - 1
                gap += 1
                continue
            if token.lower in self.lex.conjunctions:
                return
            if not self._is_gap_word(token):
                agent = self._agent_of_an_act(j)
                if agent is not None:
                    j = agent - 1
                    continue
                gap += 1
                if gap > _BACKWARD_GAP[self.language]:
                    return
            j -= 1
        return

    def _agent_of_an_act(self, j: int) -> int | None:
        """The "by" of an agent phrase ending at ``j`` right after the noun of an act
        ("ill-treatment by police officers were received from 96 detainees", "torture by
        prison guards"): who did the act belongs to its phrase and puts no distance between
        the act and the count; else None. Russian names who holds persons with «у» after
        the state they are held in («в плену у противной стороны находятся 870 человек»)."""
        if self.language not in _AGENT_WORDS:
            return None
        for k in range(j - 1, max(self.begin, j - _AGENT_REACH) - 1, -1):
            token = self.tokens[k]
            if token.lower == _AGENT_WORDS[self.language]:
                trigger = self.trigger_ending.get(k - 1)
                if trigger is None or trigger.circumstance != (self.language == "ru"):
                    return None
                return k
            if token.kind != "word" or k in self.ends or self.trigger_ending.get(k):
                return None
        return None

    def _reference_between_commas(self, comma: int) -> int | None:
        """The opening comma of a number that names a thing set off by commas before
        ``comma`` («Под завалами дома на улице Садовой, 12, могут оставаться …»: a house
        number), which parts nothing; else None."""
        numbered = self.ends.get(comma - 1)
        if numbered is None or numbered.non_count != "reference":
            return None
        opening = numbered.first - 1
        if opening <= self.begin or self.tokens[opening].text != ",":
            return None
        return opening

    def _count_named_before(self, j: int, quantity: Quantity) -> Trigger | None:
        """ "The number of wounded, 48, was unchanged", "the death toll, 15, …": a count set
        off by commas right after the words that name it is that count."""
        trigger = self.trigger_ending.get(j - 1)
        after = quantity.end_token + 1
        if trigger is None or after >= self.end or self.tokens[after].text != ",":
            return None
        # The naming word may be part of the trigger ("number of wounded") or stand before it
        # («число раненых», "yaralıların sayı" is after it and needs no comma).
        first = max(self.begin, trigger.first - 1)
        words = {self.tokens[k].lower for k in range(first, trigger.last + 1)}
        return trigger if words & _COUNT_NOUNS else None

    def _enclosed_participle(self, j: int) -> Trigger | None:
        """«в реестре лиц, пропавших без вести в ходе конфликта, значатся 2 841 человек»: a
        Russian participle clause between commas qualifies the noun before it, and a count
        after it counts those persons unless a verb nearer it says otherwise."""
        if self.language != "ru":
            return None
        k = j - 1
        while k >= self.begin and self.tokens[k].text != ",":
            if self._is_boundary(self.tokens[k]) or k in self.ends:
                return None
            k -= 1
        trigger = self.trigger_at.get(k + 1)
        if k < self.begin or trigger is None or self.tokens[trigger.first].pos != "PRTF":
            return None
        return trigger

    def _counts_before(self, trigger: Trigger) -> bool:
        """Has the trigger a count of its own before it in its clause ("19 died: nine women")?"""
        k = trigger.first - 1
        while k >= self.begin and not self._is_boundary(self.tokens[k]):
            if k in self.ends and not self.ends[k].non_count:
                return True
            k -= 1
        return False
