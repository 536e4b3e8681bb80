"""The act a label before a colon or a dash gives the count after it: the act that ends the
label ("Killed: 4 children", "Destroyed homes — 40", «Пострадавших среди сотрудников полиции —
7»), or that opens it and says where or when after it ("Killed in Varno: 4 children"); a joint
label ("Casualties:", «Пострадавшие:») leaves a count that names its own act to that act."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import _CASUALTIES, _VICTIMS, Trigger
from rightsledger.analysis.statements.figures.skipped import SkippedBetween
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import past_a_clock_time, past_item_marker

# How many words a label may say after the act that opens it ("Killed in the raid on Varno:").
_LABEL_TAIL = 6


class LabelActs(SkippedBetween):
    """Finds the act of the label before a count; used by ``VerbSearch.backward``."""

    def _label_noun_start(self, j: int) -> int:
        """Where a label's words before the dash or colon at ``j`` end with the act: ``j``
        itself, or the first word of the noun that the act's participle names ("Destroyed
        homes — 40", «Разрушенных домов — 40», "Dağıdılmış evlər — 40")."""
        for start in range(max(self.begin + 1, j - 3), j):
            phrase = self.lex.noun_set.match_span(self.tokens, start)
            if phrase is not None and start + phrase[1] == j and start - 1 in self.trigger_ending:
                return start
        return self._among_a_group_before(j)

    def _joint(self, trigger: Trigger) -> bool:
        """Does the trigger count the victims of more than one act together ("casualties",
        «пострадавшие», «жертвы»)? A count whose own noun names its act ("45 dead", «45
        погибших») tells which of them it counts."""
        words = [self.tokens[k].lower for k in range(trigger.first, trigger.last + 1)]
        return bool(set(words) & _CASUALTIES) or any(w.startswith(_VICTIMS) for w in words)

    def _act_right_after(self, quantity: Quantity) -> bool:
        return quantity.end_token + 1 in self.trigger_at

    def _act_opening_the_label(self, colon: int) -> Trigger | None:
        """ "Killed in Varno: 4 children", «Ранены при обстреле Лидска: 12 мужчин»: a label
        that opens its sentence (or its item) with the act and says where, when or in what
        after it; the count after the colon suffers the act as it would right after it."""
        # An entry of a log opens with its time: «09:20 — Эвакуированы из Лесного: 40 человек».
        opening = past_a_clock_time(self.tokens, past_item_marker(self.tokens, self.begin))
        act = self.trigger_at.get(opening)
        if act is None or not act.last < colon - 1 <= act.last + _LABEL_TAIL:
            return None
        tail = range(act.last + 1, colon)
        if any(k in self.trigger_at or k in self.starts for k in tail if k not in self.times):
            return None  # another act, or a count, in the label
        if not all(self.tokens[k].is_word or k in self.times for k in tail):
            return None
        return act

    def _among_a_group_before(self, j: int) -> int:
        """«Пострадавших среди сотрудников полиции — 7 человек»: Russian puts the group the
        count is of between the act and the dash; returns where «среди» stands, else ``j``."""
        if self.language != "ru":
            return j
        for k in range(j - 1, max(self.begin, j - 5), -1):
            token = self.tokens[k]
            if token.kind != "word" or k in self.trigger_at:
                return j
            if token.lower == "среди":
                return k if k - 1 in self.trigger_ending else j
        return j
