"""Age groups said of a count: "children under 18", "persons over 60 years of age", «старше 60
лет», "eight of them were over 60", «из них 9 — лица старше 65 лет», "60 yaşdan yuxarı 40
nəfər", "onlardan səkkizi 60 yaşdan yuxarı idi", "70 yaşını keçmiş". Persons over 55 are the elderly, persons
up to 18 children (a part of ``quantities.QuantityFinder``, which reads the counted noun).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.numerals import read_number
from rightsledger.analysis.statements.tokens import Token

if TYPE_CHECKING:
    from rightsledger.analysis.statements.quantities import Quantity

# Copulas, and verbs that say only whom a count concerns ("12 of which involved children").
_COPULAS = frozenset(
    {"were", "was", "are", "is", "—", "–", "были", "являются", "оказались", "составляют",
     "составили", "составляли", "involved", "involving", "concerned", "concerning",
     "касались", "касаются", "касалось", "касается"}
)  # fmt: skip
_OLDER = frozenset({"over", "above", "older than", "старше", "aged"})
_YOUNGER = frozenset({"under", "below", "younger than", "младше", "моложе"})
# What joins the two ages of a span: "aged 15 to 17", "15-17"; "between 12 and 15".
_SPAN_JOINS = frozenset({"to", "-", "–"})
_BETWEEN_JOINS = frozenset({"and"})
_YEARS = frozenset({"years", "year"})
# A limit after "aged": "aged over 65", "aged under 14".
_LIMITS_AFTER_AGED = frozenset({"over", "above", "under", "below"})
_AZ_COPULA_END = re.compile(r"(?<=\w)(?:dır|dir|dur|dür)(?:lar|lər)?$")
# "18 yaşına çatmamış" (not yet come to 18): an age in the dative with the negated participle
# of "çatmaq" (to reach) is an age below it; "18 yaşına çatmış" (come to 18) is not.
_BOYS_OR_GIRLS = frozenset({"label:boys", "label:girls"})
_CHILDREN = "subgroup:children"
_AZ_NOT_YET_REACHED = frozenset({"çatmamış", "çatmayan", "çatmamışlar", "çatmayanlar"})
# "17 yaşı tamam olmamış" (whose 17th year is not yet full): an age in the possessive with
# "tamam" and the negated participle of "olmaq" is an age below it, as "yaşına çatmamış" is.
_AZ_FULL = "tamam"
_AZ_NOT_YET_FULL = frozenset({"olmamış", "olmayan"})
# "70 yaşını keçmiş" (past 70 years of age): an age in the accusative with a participle of
# passing it is an age above it.
# The participle of having ("əlilliyi olan", having a disability), and how many words a group
# named by it may take before the count.
_AZ_HAVING = "olan"
_AZ_HAVING_WORDS = 4
_AZ_PAST_AN_AGE = frozenset({"keçmiş", "keçən", "ötmüş", "ötən", "haqlamış"})
_AZ_VERBAL = re.compile(r"(?:mış|miş|muş|müş|ıb|ib|ub|üb|dır|dir|dur|dür|dı|di|du|dü|maq|mək)$")


class AgeGroups:
    """Reads the age group that the words around a count give its persons."""

    tokens: list[Token]
    lex: Lexicon
    language: str

    def _age_group(self, quantity: Quantity, noun: str) -> str:
        """ "children under 18", "persons over 60 years of age", «старше 60 лет»."""
        group = self._age_group_read(quantity, noun)
        if self.language == "en" and not noun and group.startswith("subgroup:"):
            # "Of those registered, 655 are over 65": an age right after the copula is the
            # whole predicate of the bare count, which so says who some persons counted
            # before were, as "nine were children" does ("four of them were under 18" is a
            # part by its own marker).
            end = max(quantity.last, quantity.np_last) + 1
            if end < len(self.tokens) and self.tokens[end].lower in _COPULAS:
                quantity.after_copula = True
        return group

    def _age_group_read(self, quantity: Quantity, noun: str) -> str:
        """The subgroup an age after the count names, else ``noun`` as it was."""
        if self.language == "az" and (noun in {PERSON, ""} or noun.startswith("subgroup:")):
            before = self._az_age_before(quantity.first) or self._az_group_having_before(
                quantity.first
            )
            if before:
                return before
        # Boys and girls under 18 are children, as persons under 18 are.
        young = noun in _BOYS_OR_GIRLS
        if self.language == "az" and young and self._az_age_before(quantity.first) == _CHILDREN:
            return _CHILDREN  # "16 yaşı tamam olmamış 2 oğlan": the age before them
        j = max(quantity.last, quantity.np_last) + 1
        if j >= len(self.tokens) or (
            noun not in {PERSON, ""} and not noun.startswith("subgroup:") and not young
        ):
            return noun
        if not noun:
            j = self._past_part_and_copula(j)
            if self.language == "az":
                return self._az_age_predicate(j) or noun
        if noun == PERSON and self.language == "az" and self._az_age_predicate(j):
            # "12 min nəfəri isə 65 yaşdan yuxarıdır": the persons' age as the predicate.
            return self._az_age_predicate(j)
        j = self._past_who_were(j)
        if j >= len(self.tokens):
            return noun
        phrase = self.lex.age_set.match(self.tokens, j)
        if phrase is None:
            if self.language == "en" and self.tokens[j].lower == "between":
                # "girls between 12 and 15 years old": a span of ages all under 18 (not
                # "between 3 and 9 February", a span of days).
                upper = self._end_of_a_span(j + 1, _BETWEEN_JOINS, years=True)
                if upper is not None and upper < 18:
                    return "subgroup:children"
            return self._years_old(j, noun)
        k = j + len(phrase.elements)
        word = " ".join(phrase.elements)
        if word == "aged" and k < len(self.tokens) and self.tokens[k].lower in _LIMITS_AFTER_AGED:
            # "persons aged over 65", "children aged under 14": the limit says the group.
            word = self.tokens[k].lower
            k += 1
        while k < len(self.tokens) and self.tokens[k].lower in {"the", "age", "of"}:
            k += 1
        age = read_number(self.tokens, k, self.language) if k < len(self.tokens) else None
        if age is None:
            return noun
        if word == "aged" and self.language == "en":
            # "boys aged 15 to 17": a span of ages all under 18 ("two boys aged 15 and 16"
            # gives the age of each, not a group).
            upper = self._end_of_a_span(k, _SPAN_JOINS)
            if upper is not None and upper < 18:
                return "subgroup:children"
        if word in _OLDER and age.value >= 55 and not young:
            return "subgroup:elderly"
        if word in _YOUNGER and age.value <= 18:
            return "subgroup:children"
        return noun

    def _end_of_a_span(self, k: int, joins: frozenset[str], *, years: bool = False) -> float | None:
        """The last age of a span of two at ``k`` ("15 to 17", "12 and 15 years old"),
        joined by one of ``joins`` and, if ``years``, followed by "years"; else None."""
        tokens = self.tokens
        first = read_number(tokens, k, self.language) if k < len(tokens) else None
        if first is None or first.last + 2 >= len(tokens):
            return None
        if tokens[first.last + 1].lower not in joins:
            return None
        last = read_number(tokens, first.last + 2, self.language)
        if last is None:
            return None
        after = tokens[last.last + 1].lower if last.last + 1 < len(tokens) else ""
        return last.value if after in _YEARS or not years else None

    def _years_old(self, j: int, noun: str) -> str:
        """ "two were 17 years old at the time": an age given in years after the copula;
        persons under 18 are children."""
        tokens = self.tokens
        if self.language != "en" or j == 0 or tokens[j - 1].lower not in _COPULAS:
            return noun
        age = read_number(tokens, j, self.language)
        k = age.last + 1 if age is not None else len(tokens)
        if k + 1 >= len(tokens) or tokens[k].lower not in {"years", "year"}:
            return noun
        if tokens[k + 1].lower != "old" or age is None or age.value >= 18:
            return noun
        return "subgroup:children"

    def _past_who_were(self, j: int) -> int:
        """Past "who were", "who are": "268 persons who were under 18 when they disappeared"
        gives the persons' age in a relative clause, as "268 persons under 18" does; past
        the Russian dash of the copula, «87 человек — старше 60 лет»."""
        tokens = self.tokens
        if self.language == "ru" and j + 1 < len(tokens) and tokens[j].text in {"—", "–"}:
            return j + 1
        if self.language != "en" or j + 2 >= len(tokens) or tokens[j].lower != "who":
            return j
        return j + 2 if tokens[j + 1].lower in {"were", "are", "was", "is"} else j

    def _past_part_and_copula(self, j: int) -> int:
        """Past "of them were", «из них были»: "eight of them were over 60" says the age
        of the part in its predicate."""
        after = self.lex.nest_after_set.match(self.tokens, j) if j < len(self.tokens) else None
        if after is not None:
            j += len(after.elements)
        # "of whom nine were women and two were under 18": the copula alone, too.
        if j < len(self.tokens) and self.tokens[j].lower in _COPULAS:
            j += 1
            # «9 — лица старше 65 лет», "two were persons over 60": the persons, then their age.
            phrase = self.lex.noun_set.match_span(self.tokens, j) if j < len(self.tokens) else None
            if phrase is not None and phrase[0].value == PERSON:
                j += phrase[1]
        return j

    def _az_age_predicate(self, j: int) -> str:
        """ "onlardan səkkizi 60 yaşdan yuxarı idi": the age of the part as its predicate,
        which ends the clause (an age before another count is that count's)."""
        tokens = self.tokens
        if j < len(tokens) and tokens[j].lower == "isə":
            j += 1  # "64.000-i isə 65 yaşdan yuxarıdır": the topic particle before the predicate
        if j + 2 >= len(tokens) or tokens[j].kind != "num":
            return ""
        age, ending, word = tokens[j].text, tokens[j + 1].lower, tokens[j + 2].lower
        word = _AZ_COPULA_END.sub("", word)  # "yuxarıdır": the comparative as the predicate
        if not age.isdigit() or not ending.startswith("yaş"):
            return ""
        k = j + 3
        # "112-si 60 yaşdan yuxarı şəxslər idi": a noun of persons at large after the age
        # is the part itself, the copula after it its predicate's end.
        persons = self.lex.noun_set.match_span(tokens, k) if k < len(tokens) else None
        if persons is not None and persons[0].value == PERSON:
            k += persons[1]
        after = tokens[k] if k < len(tokens) else None
        if (
            after is not None
            and after.kind == "word"
            and not _AZ_VERBAL.search(after.lower)
            and after.lower not in {"idi", "idilər", "olub", "olublar"}
        ):
            return ""  # "60 yaşdan yuxarı 40 nəfər": the age of the next count
        older = word in {"yuxarı", "böyük", "çox"} and ending.endswith(("dan", "dən"))
        if older or (word in _AZ_PAST_AN_AGE and ending == "yaşını"):
            return "subgroup:elderly" if int(age) >= 55 else ""
        if word in {"aşağı", "kiçik", "az"} or ending.endswith(("dək", "dak")):
            return "subgroup:children" if int(age) <= 18 else ""
        if word in _AZ_NOT_YET_REACHED and ending == "yaşına":
            return "subgroup:children" if int(age) <= 18 else ""
        return ""

    def _az_group_having_before(self, first: int) -> str:
        """ "əlilliyi olan 3 nəfər" (3 persons having a disability): a group named by the
        participle of having ("olan") ends right before the count, as an age does, and is
        the group of the persons counted."""
        for start in range(max(0, first - _AZ_HAVING_WORDS), first):
            matched = self.lex.noun_set.match_span(self.tokens, start)
            if matched is None or start + matched[1] != first:
                continue
            if self.tokens[first - 1].lower == _AZ_HAVING and names_group(matched[0].value):
                return str(matched[0].value)
        return ""

    def _az_age_before(self, first: int) -> str:
        """ "60 yaşdan yuxarı 40 nəfər", "18 yaşınadək 12 uşaq": Azerbaijani puts the age
        of the persons counted before the count."""
        return _az_age_ending_before(self.tokens, first)


def _az_age_ending_before(tokens: list[Token], first: int) -> str:
    """The age group of an Azerbaijani age limit that ends right before ``first``."""
    k = first - 1
    if k < 1:
        return ""
    word = tokens[k].lower
    if word in _AZ_NOT_YET_FULL and k >= 3 and tokens[k - 1].lower == _AZ_FULL:
        return _az_not_yet_full(tokens, k - 2)
    not_yet = word in _AZ_NOT_YET_REACHED
    past = word in _AZ_PAST_AN_AGE
    if (
        not_yet
        or past
        or word in {"yuxarı", "böyük", "çox", "artıq", "aşağı", "kiçik", "az", "qədər"}
    ):
        k -= 1
        older = word in {"yuxarı", "böyük", "çox", "artıq"}
    else:
        older = False
    if k < 1 or not tokens[k].lower.startswith("yaş"):
        return ""
    ending = tokens[k].lower
    if not_yet and ending == "yaşına" and tokens[k - 1].lower == "yetkinlik":
        return "subgroup:children"  # "yetkinlik yaşına çatmamış 2 nəfər": not of age
    age = read_number(tokens, k - 1, "az") if tokens[k - 1].kind == "num" else None
    if age is None:
        return ""
    if past and ending == "yaşını" and age.value >= 55:
        return "subgroup:elderly"  # "70 yaşını keçmiş 40 nəfər"
    if older and ending.endswith(("dan", "dən")) and age.value >= 55:
        return "subgroup:elderly"
    younger = not older and (
        ending.endswith(("dək", "dak"))
        or word in {"aşağı", "kiçik"}
        or (not_yet and ending == "yaşına")
    )
    return "subgroup:children" if younger and age.value <= 18 else ""


def _az_not_yet_full(tokens: list[Token], k: int) -> str:
    """ "18 yaşı tamam olmamış beş nəfər" (five whose 18th year was not yet full): the age
    before "yaşı" at ``k`` bounds the persons from above, as "18 yaşına çatmamış" does."""
    if tokens[k].lower != "yaşı" or tokens[k - 1].kind != "num":
        return ""
    age = read_number(tokens, k - 1, "az")
    return "subgroup:children" if age is not None and age.value <= 18 else ""


# An age limit said before its number ("over 65", «старше 65 лет»), in one word.
_OLDER_BEFORE = frozenset(w for w in _OLDER if " " not in w and w != "aged") | {"above"}
_YOUNGER_BEFORE = frozenset(w for w in _YOUNGER if " " not in w)


# "aged 65 and over", "60 or older": a limit after the age, joined to it.
_AND_OR = frozenset({"and", "or"})
_OLDER_AFTER = frozenset({"over", "older", "above"})


def _and_older_after(tokens: list[Token], k: int, past: int) -> bool:
    return (
        k + 2 < past
        and tokens[k].kind == "num"
        and tokens[k + 1].lower in _AND_OR
        and tokens[k + 2].lower in _OLDER_AFTER
    )


def group_of_an_age_limit(tokens: list[Token], first: int, past: int, language: str) -> str:
    """The age group an age limit names with no persons counted after it, as a table's
    header cell does: "onlardan 65 yaşdan yuxarı", "of whom over 65", «из них старше 65 лет»
    ('' for none: "65 yaşlı", "aged 40")."""
    if language == "az":
        return _az_age_ending_before(tokens, past)
    for k in range(first, past):
        older_after = _and_older_after(tokens, k, past)
        limit_before = k > first and tokens[k - 1].lower in _OLDER_BEFORE | _YOUNGER_BEFORE
        if tokens[k].kind != "num" or not (limit_before or older_after):
            continue
        age = read_number(tokens, k, language)
        if age is None:
            continue
        if (older_after or tokens[k - 1].lower in _OLDER_BEFORE) and age.value >= 55:
            return "subgroup:elderly"
        if tokens[k - 1].lower in _YOUNGER_BEFORE and age.value <= 18:
            return "subgroup:children"
    return ""
