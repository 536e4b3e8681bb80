"""Persons who left together: "We walked 30 km with maybe 200 other people", "A convoy left
with about 300 people", "We left the next day, about forty of us".

A witness who tells of leaving counts those who left with them in one of two ways: a count of
persons after "with" in the clause of the leaving ("left … with 300 people", or a journey on foot
told right after the leaving: "I left. We walked to Brenn with 200 others"), or a count of "us"
set off by a comma after "we left". A place whose people all left is counted the same way:
"Our whole village left after that, some 800 people". Those persons left where they lived:
they are displaced.
A journey with no leaving told ("We walked to the square with 200 others"), a count after
"with" that is not of persons ("left with 200 dollars") and "left" a place that is not a home
("left the hospital with two others") count no one displaced.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.leaving import left_a_home_place
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, sentences

# Verbs of leaving where one lived, and of a journey on foot or by road that follows one.
# A timeline tells them in the present: "9 May - The first convoy leaves with 1,200 people".
_LEAVING = frozenset(
    {"left", "fled", "departed", "escaped", "leaves", "flees", "departs", "escapes"}
)
_JOURNEY = frozenset({"walked", "trekked", "travelled", "traveled", "drove", "marched"})
# What may stand between "left" and "with" or the comma: a time ("the next day", "this
# morning"), a destination ("for the coast"), a manner ("on foot").
_TIMES = ("day", "morning", "night", "evening", "afternoon", "week", "dawn", "noon")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "my", "their", "his", "her"})
_CLAUSE_ENDS = frozenset({";", ":", "(", ")"})
# Who leaves with others where they lived: the witness ("I", "we"), a column of people or
# the vehicles that carry them; a minister who "left for Brussels with 12 journalists" is
# travelling, not fleeing.
_LEAVERS = frozenset(
    {"i", "we", "convoy", "column", "bus", "buses", "trucks", "lorries", "train", "boat",
     "families", "residents", "villagers", "inhabitants", "civilians", "people"}
)  # fmt: skip
# The places whose people leave together, named as the subject of the leaving: "the whole
# village left, some 800 people".
_PLACES_OF_PEOPLE = frozenset(
    {"village", "town", "hamlet", "settlement", "neighbourhood", "neighborhood", "district",
     "quarter", "community", "camp", "street"}
)  # fmt: skip
# The words that say all of them left: "our whole village", "the entire town".
_WHOLE = frozenset({"whole", "entire", "all"})
# How far before its verb the one who leaves may be named ("a long convoy of buses left").
_LEAVER_REACH = 6


def add_persons_who_left_together(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` and a displaced figure for each count of persons who left together."""
    if language != "en":
        return figures
    figured = {id(f.quantity) for f in figures}
    added: list[Figure] = []
    left_before = False
    for begin, end in sentences(tokens):
        leaving = [k for k in range(begin, end) if _leaves(tokens, k, begin, end)]
        journeys = [k for k in range(begin, end) if tokens[k].lower in _JOURNEY]
        verbs = sorted(
            k for k in leaving + (journeys if left_before else []) if _by_leavers(tokens, k, begin)
        )
        for quantity in quantities:
            if not begin <= quantity.first < end or id(quantity) in figured:
                continue
            if quantity.noun != PERSON or quantity.most is None or quantity.non_count:
                continue
            if _with_after_verb(tokens, quantity, verbs) or _us_after_we_left(
                tokens, quantity, leaving, begin
            ):
                added.append(Figure(quantity, "displaced", bound="clause"))
            elif _people_after_their_place_left(tokens, quantity, leaving, begin):
                whole = Figure(quantity, "displaced", bound="clause")
                added.append(whole)
                added.extend(_parts_of_them(tokens, quantities, whole, end, figured))
        left_before = bool(leaving)
    return [*figures, *added]


def _leaves(tokens: list[Token], k: int, begin: int, end: int) -> bool:
    """Is ``k`` a verb of leaving where one lived: "fled", or "left" with a home place, a time,
    a destination or nothing after it ("left for the coast", "left the next day")?"""
    word = tokens[k].lower
    if word not in _LEAVING:
        return False
    if word != "left":
        return True
    if k > begin and tokens[k - 1].lower in {"were", "was", "been", "be", "is", "are"}:
        return False  # "were left behind"
    nxt = k + 1
    if nxt >= end or tokens[nxt].kind != "word" or tokens[nxt].lower not in _DETERMINERS:
        return True  # "left with …", "left for the coast", "left on foot", "left."
    said = [t.lower for t in tokens[nxt + 1 : min(end, nxt + 3)]]
    return any(w.startswith(_TIMES) for w in said) or left_a_home_place(tokens, k, begin, end)


def _by_leavers(tokens: list[Token], verb: int, begin: int) -> bool:
    """Is the verb at ``verb`` said of a witness or of people leaving together?"""
    window = tokens[max(begin, verb - _LEAVER_REACH) : verb]
    return any(t.lower in _LEAVERS for t in window)


def _with_after_verb(tokens: list[Token], quantity: Quantity, verbs: list[int]) -> bool:
    """Is the count after "with" ("with maybe 200 other people") in the clause of a verb?"""
    before = quantity.first - 1
    if before < 0 or tokens[before].lower != "with":
        return False
    return any(
        verb < before and not any(t.text in _CLAUSE_ENDS for t in tokens[verb:before])
        for verb in verbs
    )


def _us_after_we_left(
    tokens: list[Token], quantity: Quantity, leaving: list[int], begin: int
) -> bool:
    """ "We left the next day, about forty of us": a count of "us" after a comma that follows
    "we left"."""
    after = [t.lower for t in tokens[quantity.end_token + 1 : quantity.end_token + 3]]
    if after != ["of", "us"] or quantity.first - 1 < 0 or tokens[quantity.first - 1].text != ",":
        return False
    return any(
        verb < quantity.first and verb - 1 >= begin and tokens[verb - 1].lower == "we"
        for verb in leaving
        if tokens[verb].lower == "left"
    )


def _people_after_their_place_left(
    tokens: list[Token], quantity: Quantity, leaving: list[int], begin: int
) -> bool:
    """ "Our whole village left after that, some 800 people": a count of persons set off by a
    comma after a whole place named as the subject of a verb of leaving, with at most a few
    words of time between the verb and the comma ("The whole village was warned, some 800
    people" tells no leaving; "The village left 12 people behind" counts those who stayed)."""
    comma = quantity.first - 1
    if comma <= begin or tokens[comma].text != ",":
        return False
    for verb in leaving:
        if not verb < comma or comma - verb > 4:
            continue
        if any(t.kind != "word" for t in tokens[verb + 1 : comma]):
            continue  # a count, a mark: the verb's clause is not the one before the comma
        subject = [t.lower for t in tokens[max(begin, verb - 3) : verb]]
        if subject and subject[-1] in _PLACES_OF_PEOPLE and _WHOLE & set(subject):
            return True
    return False


def _parts_of_them(
    tokens: list[Token], quantities: list[Quantity], whole: Figure, end: int, figured: set[int]
) -> list[Figure]:
    """ "…, some 800 people; around 300 of them are here in Tamsin with me": the counts of
    "N of them" later in the sentence of a place's people who left, that no figure took and
    that count fewer, are parts of those who left, wherever they are now."""
    most = whole.quantity.most
    parts: list[Figure] = []
    for quantity in quantities:
        if not whole.quantity.end_token < quantity.first < end or id(quantity) in figured:
            continue
        after = [t.lower for t in tokens[quantity.end_token + 1 : quantity.end_token + 3]]
        count = quantity.most
        if after != ["of", "them"] or quantity.non_count or count is None or most is None:
            continue
        if count < most:
            parts.append(Figure(quantity, "displaced", parent=whole, bound="nested"))
    return parts
