"""What a part's predicate says of it: that it is among those a fate befell ("Seven children
were among the dead", «были среди погибших», "9 uşaq da ölənlərin arasındadır"), and the age
of the person it names ("one of them a 9-year-old girl", «9-летняя девочка»)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.figures.named import NamedWholes

# A copula (and an adverb or two) between a count and the "among …" that is its predicate.
_COPULAS_BEFORE_AMONG = frozenset(
    {"were", "was", "are", "is", "also", "reportedly", "believed", "to", "be", "были", "был",
     "была", "было", "также", "оказались", "оказался", "оказалась", "—", "–"}
)  # fmt: skip

# How far a relative clause between a part and its "were among …" may reach.
_RELATIVE_REACH = 10


class PartPredicates(NamedWholes):
    """Reads what the predicate of a part says of it."""

    def _past_copula(self, j: int) -> int:
        """Past the copula of "Seven children were among the dead", «Девять детей были среди
        погибших», "9 uşaq da ölənlərin arasındadır": the part said to be among persons
        counted before, as its predicate. ``j`` itself when no copula stands there."""
        k = self._past_english_attachment(j)
        start = k
        while k < self.end and self.tokens[k].lower in _COPULAS_BEFORE_AMONG:
            k += 1
        return k if k > start else j

    def _past_copula_and_article(self, j: int) -> int:
        """Past the copula and its article before a predicate noun ("none of them was a
        civilian", "were civilians"); ``j`` itself when no copula stands there."""
        k = self._past_copula(j)
        if k > j and k < self.end and self.tokens[k].lower in {"a", "an"}:
            k += 1
        return k

    def _past_english_attachment(self, j: int) -> int:
        """Past a phrase that says whom the persons are with ("two aid workers with the Red
        Cross were among the dead", "of the local council"), or what they were doing ("three
        journalists who were filming the raid were among those detained"), before a copula;
        ``j`` itself when none stands there."""
        if self.language == "en" and j < self.end and self.tokens[j].lower in {"who", "that"}:
            return self._past_relative_clause(j)
        if self.language != "en" or j >= self.end or self.tokens[j].lower not in {"with", "of"}:
            return j
        k = j + 1
        while k < self.end and k - j <= 6 and self.tokens[k].kind == "word":
            if self.tokens[k].lower in _COPULAS_BEFORE_AMONG:
                return k
            if k in self.trigger_at:
                return j
            k += 1
        return j

    def _past_relative_clause(self, j: int) -> int:
        """The copula before "among" after a relative clause that names no act, from its
        "who" at ``j``; ``j`` itself when the clause does not end so."""
        for k in range(j + 1, min(j + _RELATIVE_REACH, self.end)):
            if k in self.trigger_at or self._is_boundary(self.tokens[k]):
                return j
            if self.tokens[k].lower == "among":
                copula = k
                while copula - 1 > j + 1 and self.tokens[copula - 1].lower in _COPULAS_BEFORE_AMONG:
                    copula -= 1
                return copula if copula < k else j
        return j

    def _among_as_predicate_az(self, figure: Figure, before: list[Figure]) -> bool:
        """ "9 uşaq da ölənlərin arasındadır", "7 qadın yaralananların arasında idi": a count
        said to be among those a fate befell, named after it, is a part of the latest figure
        of that fate."""
        quantity = figure.quantity
        k = max(quantity.end_token, quantity.np_last) + 1
        if k < self.end and self.tokens[k].lower in {"da", "də"}:
            k += 1
        for among in range(k + 1, min(k + 4, self.end)):
            if self.tokens[among].lower.startswith("arasında"):
                break
        else:
            return False
        wanted = self._category_in((k, among - 1))
        wholes = [
            f for f in [*self.previous, *before]
            if f.category == wanted and f.parent is None and f is not figure
        ]  # fmt: skip
        if not wanted or not wholes:
            return False
        most = wholes[-1].quantity.count
        if most is not None and quantity.count is not None and quantity.count > most:
            return False  # a part is never larger than its whole
        figure.parent = wholes[-1]
        if not figure.category or figure.bound in {"clause", ""}:
            figure.category, figure.bound = wanted, "nested"
        return True

    def _age_before_noun(self, j: int) -> tuple[int | None, int]:
        """The age written before the noun of a part ("a 9-year-old girl", «9-летняя
        девочка», "9 yaşlı qız"), and where the noun starts; no age and ``j`` if none."""
        k = j
        while k < self.end and self.tokens[k].lower in {"a", "an", "—", "–"}:
            k += 1
        if k >= self.end or self.tokens[k].kind != "num" or not self.tokens[k].text.isdigit():
            return None, j
        age = int(self.tokens[k].text)
        words = [t.lower for t in self.tokens[k + 1 : min(k + 5, self.end)]]
        if words[:4] == ["-", "year", "-", "old"]:
            return age, k + 5
        if words[:1] == ["-"] and len(words) > 1 and words[1].startswith("летн"):
            return age, k + 3
        if words[:1] and words[0].startswith("yaşlı"):
            return age, k + 2
        return None, j
