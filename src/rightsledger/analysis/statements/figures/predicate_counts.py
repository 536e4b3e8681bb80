"""A count that is the predicate of the persons it counts, named first as the subject: "The
hostages are 7", "Refugees now number more than 4,000", «Пленных 7 человек», «Пленных было
семеро», "Girovlar 7 nəfərdir". The noun that names the persons by their fate gives the count
its category, as a label before a dash does ("Hostages: 34", in ``count_words``)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.clause_queries import _AZ_COPULA
from rightsledger.analysis.statements.figures.core import _DEFINITE, Trigger
from rightsledger.analysis.statements.figures.count_words import CountWords
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.quantities import Quantity

# What may stand between the subject and its count: a copula, a verb of counting, an adverb
# of time. Russian leaves the copula out in the present («Пленных 7»); Azerbaijani ends the
# count with it ("7 nəfərdir").
_LINKS = {
    "en": frozenset(
        {"are", "were", "is", "was", "number", "numbered", "total", "totalled", "totaled",
         "now", "currently", "still", "reportedly"}
    ),
    "ru": frozenset({"было", "были", "всего", "сейчас", "теперь", "уже"}),
    "az": frozenset({"hazırda", "artıq", "cəmi"}),
}  # fmt: skip
# The Azerbaijani copula after the count, as a word: "7 nəfər idi".
_AZ_COPULA_WORDS = frozenset({"idi", "idilər", "olub"})


class PredicateCounts(CountWords):
    """Finds the subject a count is said of, when it names the persons' fate."""

    def _subject_named_first(self, quantity: Quantity) -> Trigger | None:
        """The noun that opens the count's clause and names what it counts, with only a
        copula or a verb of counting between them (None if there is none)."""
        if quantity.noun not in {"", PERSON} or not self._ends_as_a_predicate(quantity):
            return None
        links = _LINKS[self.language]
        k = quantity.first - 1
        while k >= self.begin and self.tokens[k].lower in links:
            k -= 1
        if k < self.begin or (self.language == "en" and k == quantity.first - 1):
            return None  # an English count takes a verb after its subject
        for start in range(k, max(self.begin, k - 3) - 1, -1):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is None or start + len(phrase.elements) - 1 != k:
                continue
            if not phrase.value.startswith("implied:"):
                return None
            opening = start - (start > self.begin and self.tokens[start - 1].lower in _DEFINITE)
            if self._clause_start(opening):
                return Trigger(start, k, phrase.value.split(":", 1)[1])
            return None
        return None

    def _ends_as_a_predicate(self, quantity: Quantity) -> bool:
        """Does the count end its clause (in Azerbaijani, with the copula)?"""
        if self.language != "az":
            after = quantity.end_token + 1
            words = [t.lower for t in self.tokens[after : min(self.end, after + 2)]]
            if words[:2] in (["in", "all"], ["in", "total"]) or words[:1] == ["altogether"]:
                return True  # "The detainees were forty in all"
            return self._closes_clause(quantity)
        last = self.tokens[quantity.end_token]
        word = last.suffix if last.kind == "num" else last.lower
        after = quantity.end_token + 1
        copula = after < self.end and self.tokens[after].lower in _AZ_COPULA_WORDS
        return bool(_AZ_COPULA.search(word)) or copula
