"""What the reading of a list of parts (``part_lists``) asks of one item: whether its noun
names persons, whether the list reads past the tail of its verb to the next item, and
whether the next item's verb is left out."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.clause import ClauseVerb
from rightsledger.analysis.statements.figures.core import _AUXILIARIES, Figure
from rightsledger.analysis.statements.lexicon import BODY, PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity


def names_persons(noun: str) -> bool:
    """Does a counted noun's class name persons or their bodies (not things, not units)?"""
    return noun in {PERSON, BODY} or names_group(noun)


class ListItems(ClauseVerb):
    """The questions ``PartLists`` asks of an item and of the one after it."""

    def _past_its_verb(self, item: Figure) -> bool:
        """Does the list go on past what follows the item's verb («140 отпущены в течение
        двух суток без предъявления обвинений, 31 …»)? So it does after an item whose verb
        came after it, and after a Russian part whose own predicate names no act
        («Местонахождение 41 из них установлено, двое обнаружены мёртвыми»)."""
        return item.bound == "forward" or self._no_act_of_its_own(item)

    def _tail_ends_item(self, k: int, item: Figure) -> bool:
        """Does a comma at ``k`` end the item's tail? After a part with no act of its own, only
        before a bare number with a verb of its own: «58 из этого числа найдены живыми, 31 —
        погибшими» leaves the verb out, and is read as the gap it is (``gapped``)."""
        if k >= self.end or self.tokens[k].text != ",":
            return False
        if item.bound == "forward" or not self._no_act_of_its_own(item):
            return True
        nxt = self.starts.get(k + 1)
        return nxt is not None and not self._verb_left_out(nxt)

    def _no_act_of_its_own(self, item: Figure) -> bool:
        return self.language == "ru" and not item.category

    def _verb_left_out(self, quantity: Quantity) -> bool:
        """Does no verb of its own follow the bare number before its clause ends?"""
        k = quantity.end_token + 1
        while k < self.end and not self._is_boundary(self.tokens[k]) and k not in self.starts:
            if k in self.trigger_at or self.tokens[k].lower in _AUXILIARIES:
                return False
            k += 1
        return True
