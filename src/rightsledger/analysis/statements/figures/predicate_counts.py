"""A count that is the predicate of the persons it counts, named first as the subject: "The
hostages are 7", "Refugees now number more than 4,000", «Пленных 7 человек», «Пленных было
семеро», "Girovlar 7 nəfərdir". The noun that names the persons by their fate gives the count
its category, as a label before a dash does ("Hostages: 34", in ``count_words``). Where the
persons are (held) may stand between them: "The hostages held in the school are seven",
«Заложников в школе — семеро», "Məktəbdəki girovlar yeddi nəfərdir"."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.clause_queries import _AZ_COPULA
from rightsledger.analysis.statements.figures.core import _DEFINITE, _EN_COPULA, Trigger
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
# Where the persons are, between the subject and its count: "The hostages (held) in the
# school are seven", «Заложников в школе — семеро», «Пленных в лагере 40 человек».
_PLACE_PREPOSITIONS = {
    "en": frozenset({"in", "at", "on", "inside", "from", "near"}),
    "ru": frozenset({"в", "во", "на", "у", "под", "из"}),
}
_MODIFIER_WORDS = 6
_EN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "their", "its"})
# An Azerbaijani subject takes where it is before it, as an adjective: "Məktəbdəki girovlar".
_AZ_WHERE = ("dakı", "dəki", "takı", "təki")


class PredicateCounts(CountWords):
    """Finds the subject a count is said of, when it names the persons' fate."""

    def _subject_named_first(self, quantity: Quantity) -> Trigger | None:
        """The noun that opens the count's clause and names what it counts, with only a
        copula or a verb of counting between them (None if there is none)."""
        if quantity.noun not in {"", PERSON} or not self._ends_as_a_predicate(quantity):
            return None
        links = _LINKS[self.language]
        k = quantity.first - 1
        while k >= self.begin and (
            self.tokens[k].lower in links or (self.language == "ru" and self.tokens[k].text == "—")
        ):
            k -= 1
        if k < self.begin or (self.language == "en" and k == quantity.first - 1):
            return None  # an English count takes a verb after its subject
        subject = self._subject_ending_at(k)
        if subject is not None:
            return subject
        for e in range(k - 1, max(self.begin, k - _MODIFIER_WORDS) - 1, -1):
            subject = self._subject_ending_at(e) if self._says_where(e + 1, k) else None
            if subject is not None:
                return subject
        return None

    def _subject_ending_at(self, k: int) -> Trigger | None:
        """The noun phrase naming persons by their fate that ends at ``k`` and opens the
        clause (None if there is none)."""
        for start in range(k, max(self.begin, k - 3) - 1, -1):
            phrase = self.lex.noun_set.match(self.tokens, start)
            if phrase is None or start + len(phrase.elements) - 1 != k:
                continue
            if not phrase.value.startswith("implied:"):
                return None
            opening = start - (start > self.begin and self.tokens[start - 1].lower in _DEFINITE)
            while (
                self.language == "az"
                and opening > self.begin
                and self.tokens[opening - 1].lower.endswith(_AZ_WHERE)
            ):
                opening -= 1  # "Məktəbdəki girovlar yeddi nəfərdir"
            if self._clause_start(opening):
                return Trigger(start, k, phrase.value.split(":", 1)[1])
            return None
        return None

    def _says_where(self, first: int, last: int) -> bool:
        """Do the words ``first`` to ``last`` say where the persons are (held), and nothing
        more: "held in the school", "in the camp", «в школе», «, удерживаемых в школе,»?"""
        tokens = self.tokens[first : last + 1]
        prepositions = _PLACE_PREPOSITIONS.get(self.language)
        if prepositions is None:
            return False
        if self.language == "ru" and len(tokens) > 2 and tokens[0].text == tokens[-1].text == ",":
            tokens = tokens[1:-1]  # «Заложников, удерживаемых в школе, — семеро»
            if tokens[0].pos != "PRTF":
                return False
            tokens = tokens[1:]
        elif self.language == "en" and tokens[0].lower.endswith(("ed", "held", "kept")):
            tokens = tokens[1:]  # "held in the school"
        if not tokens or tokens[0].lower not in prepositions:
            return False
        place = tokens[1:]
        if place and place[0].lower in _EN_DETERMINERS:
            place = place[1:]
        # A place is a word or two ("the school", «подвале дома»); more runs into a clause of
        # its own ("The hostages in the school said the gunmen were 12").
        return 1 <= len(place) <= 2 and all(
            t.kind == "word" and t.lower not in _EN_COPULA and t.pos != "VERB" for t in place
        )

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
