"""The subgroup a figure counts (women, children, protesters, families…), from its noun or from
a group named beside it with no number ("all the men, eleven of them"). Apart from ``binder``
because it settles one field of a figure once its category is known."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.cases import CasesCounted
from rightsledger.analysis.statements.figures.core import Figure, subgroup_of
from rightsledger.analysis.statements.lexicon import FAMILY, PERSON
from rightsledger.analysis.statements.quantities import Quantity

_PROTESTERS = "protesters"
_TAKEN_AT_A_PROTEST = frozenset({"detained", "released"})


class Subgroups(CasesCounted):
    """Settles ``Figure.subgroup``; applied by ``SentenceBinder.bind``."""

    def _subgroup(self, figure: Figure) -> None:
        noun = figure.quantity.noun
        if figure.category == "families_wiped_out":
            figure.subgroup = "all"
        elif noun == FAMILY:
            # "families" says what the number counts; a vague word ("hundreds of families
            # fled", "yüzlərlə ailə") gives no number to count in them, and its words stay.
            figure.subgroup = "all" if figure.quantity.qualifier == "vague" else "families"
        else:
            figure.subgroup = subgroup_of(noun)
        if figure.subgroup == _PROTESTERS and figure.category in _TAKEN_AT_A_PROTEST:
            # Those arrested at a protest are its protesters: the word singles out no group
            # among them ("detained 38 demonstrators"), as it does among the hurt, who may be
            # police officers or passers-by ("40 protesters were injured").
            figure.subgroup = "all"
        if figure.subgroup == "all" and figure.parent is None:
            figure.subgroup = self._group_in_apposition(figure.quantity) or "all"

    def _group_in_apposition(self, quantity: Quantity) -> str:
        """ "They took off all the men, eleven of them", «отделили всех мужчин, одиннадцать
        человек»: a count set after a comma beside a group named with no number counts that
        group (its subgroup), when it names no group of its own."""
        if quantity.noun not in {"", PERSON}:
            return ""
        comma = quantity.first - 1
        if comma <= self.begin or self.tokens[comma].text != ",":
            return ""
        for start in range(max(self.begin, comma - 2), comma):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is None or start + len(phrase.elements) != comma:
                continue
            if any(q.end_token == comma - 1 for q in self.quantities):
                return ""  # "12 women, five of them …": a count's own noun, and a part
            return subgroup_of(phrase.value) if phrase.value.startswith("subgroup:") else ""
        return ""
