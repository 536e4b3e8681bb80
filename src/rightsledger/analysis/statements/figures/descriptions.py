"""What describes the persons or things counted between commas, and stands in no count's
way: a participle clause right after them, whose closing comma is followed by their own
predicate («одиннадцать жителей, вывезенных в тот день, числятся пропавшими»), and a clause
that only describes them ("three schools, home to some 900 pupils, were destroyed", «где
учились 900 детей»), whose numbers are no counts of ours."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.clause_queries import ClauseQueries
from rightsledger.analysis.statements.figures.core import Trigger
from rightsledger.analysis.statements.quantities import Quantity

# Words that open a clause describing what was counted, between commas ("home to", "which").
# "who", "whom": the persons counted described ("Two nurses, who had come to help, were
# beaten"), even by an act of theirs, when their own predicate follows the clause.
_DESCRIPTION_OPENERS = frozenset(
    {"home", "which", "where", "whose", "who", "whom", "housing", "built", "где", "которые",
     "который", "которая", "которых", "рассчитанные", "рассчитанная"}
)  # fmt: skip
_PERSON_OPENERS = frozenset({"who", "whom"})


class Descriptions(ClauseQueries):
    """Finds the clauses between commas that describe what was counted."""

    def _predicate_after_a_described_clause(
        self, quantity: Quantity, trigger: Trigger
    ) -> Trigger | None:
        """«одиннадцать жителей, вывезенных в тот день в неизвестном направлении, числятся
        пропавшими», "eleven villagers, taken away that day, are still listed as missing": a
        participle clause set off by commas right after the counted says how they came to
        be; the predicate after its closing comma says what befell them, and wins."""
        before = self.tokens[quantity.first - 1] if quantity.first > self.begin else None
        if before is not None and before.lower in {"из", "of", "the"}:
            return None  # «Из 312 военнослужащих, взятых в плен, освобождены 198»: the part's verb
        return self._predicate_past_a_participle_clause(quantity, trigger)

    def _predicate_of_a_part_past_its_whole(self, quantity: Quantity) -> Trigger | None:
        """«Семеро из 11 человек, похищенных во вторник, освобождены», "Seven of the 11
        people, abducted on Tuesday, have been released": the participle clause after the
        whole of a part describes the whole; the predicate after its closing comma is the
        part's (None if there is no such clause)."""
        whole = self._whole_counted_after_of(quantity.end_token + 1)
        if whole is None:
            return None
        trigger = next(
            (t for t in self.triggers if whole.end_token < t.first <= whole.end_token + 3), None
        )
        return None if trigger is None else self._predicate_past_a_participle_clause(whole, trigger)

    def _predicate_past_a_participle_clause(
        self, quantity: Quantity, trigger: Trigger
    ) -> Trigger | None:
        """The predicate after the participle clause at ``trigger``, set off by commas right
        after the counted of ``quantity``; None if there is none."""
        comma = quantity.end_token + 1
        if self.language == "ru" and comma + 1 < self.end and self.tokens[comma].pos == "NOUN":
            comma += 1  # «жителей села,»: the head noun's genitive first
        if comma >= self.end or self.tokens[comma].text != ",":
            return None
        if not comma < trigger.first <= comma + 2 or not self._participle(trigger):
            return None
        k = trigger.last + 1
        while k < self.end and self.tokens[k].text != ",":
            if self._is_boundary(self.tokens[k]) or k in self.starts:
                return None
            k += 1
        # The predicate, past a word or two of time or manner («до сих пор», "still listed as").
        for j in range(k + 1, min(k + 6, self.end)):
            if j in self.trigger_at:
                return self.trigger_at[j]
            if self._is_boundary(self.tokens[j]) or j in self.starts:
                return None
            if self.lex.noun_set.match(self.tokens, j) is not None:
                return None
        return None

    def _participle(self, trigger: Trigger) -> bool:
        """Is the trigger a participle (Russian PRTF, English in -ed or a past participle,
        after its adverb: "unlawfully detained")?"""
        first = trigger.first
        if first < trigger.last and self.tokens[first].lower.endswith("ly"):
            first += 1
        token = self.tokens[first]
        if self.language == "ru":
            return token.pos == "PRTF"
        if self.language == "en":
            return token.lower.endswith(("ed", "taken", "held", "driven", "led"))
        return False

    def _relative_between_commas(self, j: int) -> int | None:
        """Past a clause between commas that only describes what was counted ("three schools,
        home to some 900 pupils, were destroyed", «две больницы, где лечились 300 человек,
        разрушены», "which had 40 beds", «у которых истёк срок наказания»): it opens with a word
        of description or a preposition before «котор…» («в», «на», «у», «для»; never the «из»
        or «среди» of a part), names no act (its numbers are no counts of ours) unless it is a
        "who" clause of the persons, and the verb stands right after it, past auxiliaries and
        adverbs."""
        if j + 2 >= self.end:
            return None
        opener, nxt = self.tokens[j + 1].lower, self.tokens[j + 2].lower
        if opener not in _DESCRIPTION_OPENERS and not (
            opener in {"в", "на", "у", "для"} and nxt.startswith("котор")
        ):
            return None
        # "Twelve villagers, who had refused to leave, were shot dead": a clause of the
        # persons may name an act of theirs when their own predicate follows its comma, which
        # says what befell them (so after a participle clause too).
        of_persons = opener in _PERSON_OPENERS
        k = j + 2
        while k < self.end and k - j <= 14:
            token = self.tokens[k]
            if token.text == ",":
                # The verb, past auxiliaries and adverbs, which a trigger may begin with
                # ("were shot dead").
                after = k + 1
                while after not in self.trigger_at and after < self.end:
                    if not self._is_gap_word(self.tokens[after]):
                        return None
                    after += 1
                return k + 1 if after in self.trigger_at else None
            if self._is_boundary(token) or token.text in {"(", ")"}:
                return None
            if k in self.trigger_at and not of_persons:
                return None
            k += 1
        return None

    def _inside_a_description(self, quantity: Quantity) -> bool:
        """Does the count stand in a clause between commas that describes what was counted
        before it (``_relative_between_commas``)?"""
        k = quantity.first - 1
        while k > self.begin and quantity.first - k <= 12:
            token = self.tokens[k]
            if token.text == ",":
                return self._relative_between_commas(k) is not None
            if self._is_boundary(token):
                return False
            k -= 1
        return False
