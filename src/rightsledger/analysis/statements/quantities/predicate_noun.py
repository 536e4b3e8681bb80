"""A group named after a copula, which is what the number counts: "of whom 106 were women",
«из них 106 — женщины», "two of them were also children", "five of those killed in October
were children". Apart from ``counted_noun`` because it reads the predicate of the clause, not
the words after the number."""

from __future__ import annotations

from rightsledger.analysis.statements.age_groups import _COPULAS, AgeGroups
from rightsledger.analysis.statements.lexicon import names_group
from rightsledger.analysis.statements.numerals import read_number, word_value
from rightsledger.analysis.statements.quantities.az_cases import AzerbaijaniCases
from rightsledger.analysis.statements.quantities.quantity import Quantity, names_a_share
from rightsledger.analysis.statements.quantities.years import year_after_the

# Prepositions of a short adjunct of time or place ("in October", "at the checkpoint",
# «на тот момент», «к тому времени»), and Russian adverbs of time («тогда», «уже»).
_ADJUNCTS = {
    "en": frozenset({"in", "on", "at", "during", "near"}),
    "ru": frozenset({"на", "в", "во", "к", "при", "тогда", "уже", "ещё", "еще"}),
}

# Persons named by their side, which a plain word for persons does not name ("900 are
# civilians and 700 servicemen"): what the part counts, as a group does (``civilians`` says
# whether the side is a subgroup).
_SIDES_OF_PERSONS_EN = frozenset({"civilians", "civilian"})

# What names a whole again before its bare number: "of those 29", "of the 29", "of these 29".
_DEFINITE_OF_A_WHOLE = frozenset({"the", "these", "those"})

# The word of a part told after another part of the same whole ("at least 20 others were
# women", "three more were boys").
_ANOTHER_PART = frozenset({"others", "more"})

# An article or an adverb of addition between an English copula and its noun.
_BEFORE_PREDICATE_NOUN = frozenset({"a", "an", "also", "too", "both", "all"})


class PredicateNoun(AzerbaijaniCases, AgeGroups):
    """The noun after a copula; used by ``CountedNoun._noun_phrase``."""

    def _noun_after_copula(self, quantity: Quantity) -> str:
        """ "of whom 106 were women", «из них 106 — женщины»: the subgroup after a copula."""
        if self._whole_counted_again_before(quantity.first):
            return ""  # "6 of those 25 were women": the women are the six, not the 25
        j = self._past_share(quantity.last + 1)
        j = self._past_whole_counted_again(j)
        if self.language == "en" and j < len(self.tokens) and self.tokens[j].lower in _ANOTHER_PART:
            j += 1  # "6 were boys; at least 20 others were women": a part beside another
        after = self.lex.nest_after_set.match(self.tokens, j) if j < len(self.tokens) else None
        if after is not None:
            j += len(after.elements)
            j = self._past_adjunct(j)
        elif year_after_the(self.tokens, j):
            # "4 of the 2024 dead were children": the marker with a year as its attribute.
            trimmed = [*self.tokens[: j + 2], *self.tokens[j + 3 :]]
            after = self.lex.nest_after_set.match(trimmed, j)
            if after is not None:
                j = self._past_adjunct(j + len(after.elements) + 1)
        if j + 1 >= len(self.tokens) or self.tokens[j].lower not in _COPULAS:
            return ""
        if self._whom_it_concerned(j + 1):
            j += 2  # «из них 58 — в отношении женщин»: those it concerned were women
        while j + 2 < len(self.tokens) and self.tokens[j + 1].lower in _BEFORE_PREDICATE_NOUN:
            j += 1  # "two of them were also children", "one was a deminer"
        phrase = self.lex.noun_set.match(self.tokens, j + 1) if j + 1 < len(self.tokens) else None
        if phrase is None and self._adjective_at(j + 1) and j + 2 < len(self.tokens):
            # "14 of whom are unaccompanied minors": one word that describes the subgroup.
            j += 1
            phrase = self.lex.noun_set.match(self.tokens, j + 1)
        if phrase is not None and (
            names_group(phrase.value) or self.tokens[j + 1].lower in _SIDES_OF_PERSONS_EN
        ):
            quantity.np_first, quantity.np_last = j + 1, j + len(phrase.elements)
            quantity.after_copula = True
            return phrase.value
        return ""

    def _whole_counted_again_before(self, first: int) -> bool:
        """Is the English count at ``first`` a whole named again by its bare number after a
        part's count and "of those" ("6 of those 25", "Three of the nineteen")?"""
        if first < 3:
            return False
        part_ends = self.tokens[first - 3]
        return (
            part_ends.kind == "num" or word_value(part_ends, self.language) is not None
        ) and self._past_whole_counted_again(first - 2) > first - 2

    def _past_whole_counted_again(self, j: int) -> int:
        """ "11 of those 29 were children", "Three of the nineteen were boys": past "of those
        29", a whole counted before named again by its bare number (in digits or words, the
        whole's own either way), to the copula of the part's predicate."""
        tokens = self.tokens
        if (
            self.language != "en"
            or j + 3 >= len(tokens)
            or tokens[j].lower != "of"
            or tokens[j + 1].lower not in _DEFINITE_OF_A_WHOLE
        ):
            return j
        whole = read_number(tokens, j + 2, self.language)
        if whole is None or whole.last + 1 >= len(tokens):
            return j
        if tokens[whole.last + 1].lower not in _COPULAS:
            return j
        if not self._counted_before(whole.value, j):
            return j  # only a count given before is named again so
        return whole.last + 1

    def _counted_before(self, value: float, end: int) -> bool:
        """Is a number of ``value`` written, in digits or words, before token ``end``?"""
        k = 0
        while k < end:
            run = read_number(self.tokens, k, self.language)
            if run is not None and run.value == value and run.last < end:
                return True
            k = run.last + 1 if run is not None else k + 1
        return False

    def _past_share(self, j: int) -> int:
        """ "106 (23 per cent) were women", «106 (23 процента) — женщины»: past the share of
        the whole a count is, said in a parenthesis right after it."""
        tokens = self.tokens
        if j >= len(tokens) or tokens[j].text != "(":
            return j
        inside: list[str] = []
        for k in range(j + 1, min(j + 6, len(tokens))):
            if tokens[k].text == ")":
                shared = any(names_a_share(w) for w in inside)
                return k + 1 if shared and tokens[j + 1].kind == "num" else j
            inside.append(tokens[k].lower)
        return j

    def _whom_it_concerned(self, j: int) -> bool:
        """«в отношении», «в адрес» after a Russian dash: whom the acts counted concerned."""
        words = " ".join(t.lower for t in self.tokens[j : j + 2])
        return self.language == "ru" and words in {"в отношении", "в адрес"}

    def _adjective_at(self, j: int) -> bool:
        """A word the lexicon does not know, no function word or verb of its own: English
        puts an adjective there ("unaccompanied", "young")."""
        token = self.tokens[j] if j < len(self.tokens) else None
        return (
            self.language == "en"
            and token is not None
            and token.kind == "word"
            and token.lower not in self.lex.stop_words
            and token.lower not in self.lex.gap_words
            and self.lex.trigger_set.match(self.tokens, j) is None
            and self.lex.noun_set.match(self.tokens, j) is None
        )

    def _past_adjunct(self, j: int) -> int:
        """ "five of those killed in October were children", «212 из них на тот момент были
        детьми»: past a short prepositional phrase or adverb that says when or where, to the
        copula after it."""
        tokens = self.tokens
        adjuncts = _ADJUNCTS.get(self.language, frozenset())
        if j >= len(tokens) or tokens[j].lower not in adjuncts:
            return j
        for k in range(j + 1, min(j + 5, len(tokens))):
            if tokens[k].kind != "word":
                return j
            if tokens[k].lower in _COPULAS:
                return k
        return j
