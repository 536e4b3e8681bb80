"""An Azerbaijani participle that describes the noun of a predicate names no fate of the count.

"Onlardan 4-ü 1993-cü ildə itkin düşmüş mülki sakinlərdir" (four of them are civilians who
went missing in 1993), "onlardan 6-sı itkin düşmüş hesab edilən qadınlardır": the past
participle ("itkin düşmüş") stands before the noun the clause ends on with its copula
("sakinlərdir", "qadınlardır"), as an adjective of who the part is. The part's verb is the
copula; its fate is its whole's, the participle is no trigger, and the noun is the group the
part counts. A participle that ends the clause ("onlardan 4-ü itkin düşmüşdür"), or a state in
the locative ("ağır yaralanmış vəziyyətdədir", in a seriously wounded state), is what befell
the part and stays.
"""

from __future__ import annotations

import re
from collections.abc import Container

from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.tokens import Token

# The copula on a predicate noun, singular or plural ("uşaqlardır", "şəxsdir", "hərbçidir").
AZ_COPULA = re.compile(r"[dt][ıiuü]r(?:lar|lər)?$")
# The past participle ("düşmüş", "edilmiş", "olunmuş").
_PAST_PARTICIPLE = re.compile(r"m[ıiuü]ş$")
# The locative before the copula: a state or a place, not a noun of persons ("vəziyyətdədir").
_LOCATIVE_WITH_COPULA = re.compile(r"[dt][aə][dt][ıiuü]r(?:lar|lər)?$")
# How many words the predicate noun may take after the participle ("hesab edilən qadınlardır").
_NOUN_WORDS = 3
# How many tokens a part's number may stand before the participle ("4-ü 1993-cü ildə").
_REACH = 6


def az_participle_of_a_predicate_noun(
    tokens: list[Token], last: int, end: int, lex: Lexicon
) -> bool:
    """Is the trigger ending at ``last`` a past participle before a noun of persons that ends
    its clause with the copula?"""
    return _predicate_noun_after(tokens, last, end, lex) >= 0


def az_group_past_an_attribute(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Where the predicate noun of a part's number whose words from ``j`` describe it by a
    past participle starts ("4-ü 1993-cü ildə itkin düşmüş mülki sakinlərdir": "mülki"), or
    -1. Only words of a time or a place may stand before the participle."""
    end = len(tokens)
    for m in range(j, min(end, j + _REACH)):
        if tokens[m].kind not in {"word", "num"} and tokens[m].text != "-":
            return -1
        matched = lex.trigger_set.match_span(tokens, m)
        if matched is None:
            continue
        return _predicate_noun_after(tokens, m + matched[1] - 1, end, lex)
    return -1


def _predicate_noun_after(tokens: list[Token], last: int, end: int, lex: Lexicon) -> int:
    """The first word after the past participle at ``last`` of a noun phrase of persons that
    ends its clause with the copula ("mülki sakinlərdir"), or -1."""
    if not _PAST_PARTICIPLE.search(tokens[last].lower):
        return -1
    for k in range(last + 1, min(end, last + 1 + _NOUN_WORDS)):
        token = tokens[k]
        if token.kind != "word":
            return -1
        if not AZ_COPULA.search(token.lower):
            continue
        if _LOCATIVE_WITH_COPULA.search(token.lower):
            return -1
        if k + 1 < end and tokens[k + 1].kind == "word":
            return -1  # the clause goes on: "… şəxsdir ki, …"
        persons = any(_names_persons(tokens, j, lex) for j in range(last + 1, k + 1))
        return last + 1 if persons else -1
    return -1


def _names_persons(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    phrase = lex.noun_set.match(tokens, k)
    return phrase is not None and (phrase.value == PERSON or names_group(phrase.value))


# The object participle that ends a relative clause before the persons it describes ("daxil
# etdiyi 17 nəfər", the 17 whom they put on the list; "döydükləri", "saxladığı").
_OBJECT_PARTICIPLE = re.compile(r"[dt](?:ığı|iyi|uğu|üyü|ıqları|ikləri|uqları|ükləri)$")
# How many words such a clause may run to.
_CLAUSE_WORDS = 10


def az_past_a_relative_clause(tokens: list[Token], k: int, end: int, counts: Container[int]) -> int:
    """Past an Azerbaijani relative clause between a part's marker and its number ("Əfv
    olunanlar arasında əvvəllər hüquq müdafiəçilərinin siyahıya daxil etdiyi 17 nəfər var"):
    words only, the last an object participle right before a count (``counts``, by where each
    starts); ``k`` itself when none stands there."""
    for j in range(k, min(k + _CLAUSE_WORDS, end)):
        if j in counts:
            return k
        if tokens[j].kind != "word" and not (tokens[j].text == "-" and not tokens[j].space_before):
            return k  # a word joined by a hyphen ("QHT-lərin") stays inside the clause
        if _OBJECT_PARTICIPLE.search(tokens[j].lower) and j + 1 in counts:
            return j + 1
    return k


# "2009-cu il təvəllüdlü" (born in 2009): the year, its ordinal ending, "il", then the word.
_BORN_IN = "təvəllüdlü"


def az_past_a_birth_year(tokens: list[Token], j: int) -> int:
    """Where the noun after a year of birth starts ("ölənlərdən biri 2009-cu il təvəllüdlü
    yeniyetmədir": "yeniyetmədir"), or ``j`` where none stands at ``j``. The year says who
    the noun after it is, as an age does ("13 yaşlı məktəblidir")."""
    for k in range(j, min(len(tokens), j + 5)):
        if tokens[k].lower == _BORN_IN:
            year = tokens[j]
            return k + 1 if year.kind in {"num", "numdate"} and tokens[k - 1].lower == "il" else j
    return j
