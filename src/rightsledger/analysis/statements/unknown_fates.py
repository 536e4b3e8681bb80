"""English counts of persons whose fate or whereabouts are then said to be unknown, where the
words between the count and "unknown" are more than the lexicon's phrases span: "The
whereabouts of the remaining 19 men, among them two teachers, have never been established",
"The fate and whereabouts of 15 men last seen in the barracks in May remain unknown".

Such a count, with no figure of its own, is of the missing when it is a part of persons taken
just before it (``taken_whole_before``: a larger count of the detained or captured, in its
sentence or the one before); whether they disappeared is then for ``disappearances`` to say,
as for the short phrases. A count whose fate is unknown with no persons taken before it is
left as the lexicon reads it ("The fate of 2,318 people ... remains unknown" stays what the
phrase makes it, or nothing).

A count of the missing whose fate is said to be known now ("the fate of 640 missing persons
has been clarified", "… was established") counts the cases closed, no one still missing: no
figure (what was found of them, alive or dead, stays a figure of its own).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import (
    _REMAINING,
    HELD_FATES,
    az_the_other_of_them,
    subgroup_of,
)
from rightsledger.analysis.statements.figures.taking_back import unread, without_freeing_parts
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.taken_wholes import near, taken_whole_before
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

_MISSING = "missing"
_DISAPPEARED = "disappeared"
# A fate said to be unknown after its persons ("… remain unknown", "… are not known", "…
# have never been established"), or nothing known of it said before ("no information on the
# whereabouts of", "refused to disclose the fate of").
_UNKNOWN_EN = frozenset({"unknown", "unclear"})
_NOT_ESTABLISHED_EN = frozenset({"known", "established", "clarified", "disclosed", "ascertained"})
_NOTHING_KNOWN_EN = frozenset({"information", "news", "word", "disclose", "reveal"})
# The words that deny a fate is known: "have never been established", "are not known".
_NOT_EN = frozenset({"not", "never", "yet"})
# The copula of a fate said to be known now: "has been clarified", "was established".
_MADE_KNOWN_AFTER_EN = frozenset({"been", "was", "were", "is", "are"})
# How far before the word of fate that nothing is known of it may be said.
_NOTHING_KNOWN_BEFORE_EN = 8
# Between the word of fate and the count: "the whereabouts of the remaining 19 men", "the
# fate of the other six".
_BEFORE_THE_COUNT = frozenset({"the", "other", "these", "those"})
# What opens a part set off by commas after the count: "among them", "including".
_APPOSING = frozenset({"among", "including"})
# What closes it: the comma before the predicate (any other stop leaves no apposition).
_APPOSITION_ENDS = CLAUSE_STOPS | {",", "(", ")", ":"}
# "The fate and whereabouts of", "the whereabouts or fate of": two words of fate joined.
_JOINING = frozenset({"and", "or"})


def kept_unknown(tokens: list[Token], fate: int) -> bool:
    """Is the fate at ``fate`` said to be unknown after it ("… remain unknown", "… have
    never been established") or withheld before it ("no information on", "refused to
    disclose") in its clause?"""
    for j in range(fate - 1, max(-1, fate - 1 - _NOTHING_KNOWN_BEFORE_EN), -1):
        if tokens[j].text in CLAUSE_STOPS:
            break
        if tokens[j].lower in _NOTHING_KNOWN_EN:
            return True
    j = fate + 1
    while j < len(tokens) and tokens[j].text not in CLAUSE_STOPS:
        word = tokens[j].lower
        if word in _UNKNOWN_EN:
            return True
        if word in _NOT_ESTABLISHED_EN and _denied(tokens, fate, j):
            return True
        j += 1
    return False


def _denied(tokens: list[Token], fate: int, word: int) -> bool:
    """Is the word at ``word`` ("known", "established") denied right before it ("are not
    known", "have never been established", "has not yet been clarified"), not said ("has
    been clarified")?"""
    before = [tokens[k].lower for k in range(max(fate + 1, word - 3), word)]
    return bool(before) and (
        before[-1] in _NOT_EN or (before[-1] == "been" and bool(set(before) & _NOT_EN))
    )


def _made_known(tokens: list[Token], fate: int) -> bool:
    """Is the fate at ``fate`` said to be known now in its clause ("… has been clarified",
    "… was established"), with no word that denies it?"""
    j = fate + 1
    while j < len(tokens) and tokens[j].text not in CLAUSE_STOPS:
        word = tokens[j].lower
        if word in _NOT_EN or word in _UNKNOWN_EN:
            return False
        if word in _NOT_ESTABLISHED_EN and tokens[j - 1].lower in _MADE_KNOWN_AFTER_EN:
            return True
        j += 1
    return False


def drop_fates_made_known(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> list[Figure]:
    """``figures`` without a count of the missing whose fate is said to be known now."""
    if language != "en":
        return figures
    dropped = set()
    for figure in figures:
        if figure.category != _MISSING or figure.parent is not None:
            continue
        fate = _fate_before(tokens, figure.quantity.first, lex.fates)
        if fate is not None and _made_known(tokens, fate):
            dropped.add(id(figure))
    return without_freeing_parts(figures, dropped) if dropped else figures


def add_counts_of_unknown_fate(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    lex: Lexicon,
    language: str,
) -> list[Figure]:
    """``figures`` and a figure of the missing for each count of persons, a part of persons
    taken just before, whose fate or whereabouts its clause says nobody knows."""
    if language != "en":
        return figures
    _reread_parts_of_unknown_fate(tokens, figures, lex)
    added: list[Figure] = []
    for quantity in unread(quantities, figures):
        if quantity.most is None or quantity.zero:
            continue
        if quantity.noun not in {"", PERSON} and not names_group(quantity.noun):
            continue
        fate = _fate_before(tokens, quantity.first, lex.fates)
        if fate is None or not kept_unknown(tokens, fate):
            continue
        figure = Figure(quantity, _MISSING, subgroup_of(quantity.noun), bound="clause")
        known = [*figures, *added]
        figure.parent = taken_whole_before(tokens, known, figure) or _whole_of_the_rest(
            tokens, known, figure
        )
        if figure.parent is not None:
            added.append(figure)
            added.extend(_apposed_parts(tokens, quantities, [*figures, *added], figure))
            continue
        # "The fate of 312 people, including 41 children, is still unknown": with no persons
        # taken before, the count stands alone, as the lexicon's phrase reads it when nothing
        # is set off ("The fate of 312 people is still unknown"); the apposed part is what
        # keeps the phrase from spanning it.
        parts = _apposed_parts(tokens, quantities, [*figures, *added, figure], figure)
        if parts:
            added.extend([figure, *parts])
    return [*figures, *added]


def _reread_parts_of_unknown_fate(tokens: list[Token], figures: list[Figure], lex: Lexicon) -> None:
    """ "480 civilians were confined at the factory. The fate of 41 of them removed from the
    factory remains unknown": a part of persons taken, with no act of its own (it took its
    whole's), whose fate its clause says nobody knows, is of the missing, as a count read
    first here would be; whether it disappeared is then for ``disappearances``. A part with
    an act of its own ("the fate of 41 of them, killed at the factory, …") keeps it."""
    for figure in figures:
        whole = figure.parent
        if figure.trigger is not None or whole is None or whole.category not in HELD_FATES:
            continue
        if figure.category != whole.category:
            continue
        fate = _fate_before(tokens, figure.quantity.first, lex.fates)
        if fate is not None and kept_unknown(tokens, fate):
            figure.category = _MISSING


def _apposed_parts(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], whole: Figure
) -> list[Figure]:
    """The part set off by commas after the count, before what is said of its fate ("the
    remaining 19 men, among them two teachers, have never been established"), its count
    first: of the missing too, a part of the count (a figure the binder gave it before is
    taken over)."""
    k = whole.quantity.end_token + 1
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in _APPOSING:
        return []
    opening = k + 1 + (tokens[k + 2].lower == "them")
    closing = next(
        (j for j in range(opening, len(tokens)) if tokens[j].text in _APPOSITION_ENDS), None
    )
    if closing is None or tokens[closing].text != ",":
        return []
    by_quantity = {id(f.quantity): f for f in figures}
    parts: list[Figure] = []
    for quantity in quantities:
        if quantity.first != opening + 1 or quantity.end_token >= closing:
            continue  # "among them the father of two boys": the boys are not of the count
        if quantity.most is None:
            continue
        figure = by_quantity.get(id(quantity))
        if figure is None:
            parts.append(
                Figure(quantity, _MISSING, subgroup_of(quantity.noun), whole, None, "clause")
            )
        else:
            figure.category, figure.parent = _MISSING, whole
    return parts


def _whole_of_the_rest(tokens: list[Token], figures: list[Figure], rest: Figure) -> Figure | None:
    """ "Police detained 40 men. Seven were released. The fate of the remaining 19 …": the
    rest's whole is that of the part told just before it in the sentence before, when its
    words call it the rest and that whole is of persons taken and larger."""
    first = rest.quantity.first
    named = tokens[first - 1].key in _REMAINING or tokens[first - 1].lower == "other"
    if first < 1 or not (named or az_the_other_of_them(tokens, rest.quantity)):
        return None
    before = [f for f in figures if f.last < first and f is not rest]
    if not before:
        return None
    part = max(before, key=lambda f: f.last)
    whole = part.parent
    if whole is None or whole.category not in HELD_FATES or not near(tokens, part.last, first):
        return None
    size, whole_size = rest.quantity.most, whole.quantity.most
    return whole if size is not None and whole_size is not None and whole_size > size else None


def _fate_before(tokens: list[Token], first: int, fates: frozenset[str]) -> int | None:
    """The word of fate whose "of" the count at ``first`` follows: "the whereabouts of the
    remaining 19", "the fate and whereabouts of 15" (the first of two joined words of fate,
    so that what is said before it is its clause's)."""
    k = first - 1
    while k >= 0 and (tokens[k].lower in _BEFORE_THE_COUNT or tokens[k].key in _REMAINING):
        k -= 1
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].lower not in fates:
        return None
    fate = k - 1
    if fate >= 2 and tokens[fate - 1].lower in _JOINING and tokens[fate - 2].lower in fates:
        fate -= 2
    return fate


def mark_apposed_parts_of_the_disappeared(tokens: list[Token], figures: list[Figure]) -> None:
    """ "The whereabouts of the remaining 19 men, among them two teachers, have never been
    established": a part of the missing apposed to its whole in the whole's clause ("among
    them", "including" before its count) shares the whole's fate; when the whole
    disappeared, so did the part."""
    for part in figures:
        whole = part.parent
        if part.category != _MISSING or whole is None or whole.category != _DISAPPEARED:
            continue
        first = part.quantity.first
        opened = tokens[first - 1].lower in _APPOSING or (
            tokens[first - 1].lower == "them" and tokens[first - 2].lower in _APPOSING
        )
        between = range(whole.quantity.end_token + 1, first)
        if opened and between and not any(tokens[k].text in CLAUSE_STOPS for k in between):
            part.category = _DISAPPEARED


def mark_parts_of_the_disappeared(figures: list[Figure]) -> None:
    """«Неизвестна судьба 23 жителей, задержанных в марте; среди них двое врачей»: a part
    nested in its whole with no act of its own took the whole's fate as it was read first
    (missing); when the whole is found to have disappeared, so did the part. So did a part
    said only to be a group ("Of these, 6 are journalists": who, not what)."""
    for part in figures:
        whole = part.parent
        if (
            part.category == _MISSING
            and whole is not None
            and whole.category == _DISAPPEARED
            and ((part.bound == "nested" and part.trigger is None) or part.quantity.after_copula)
        ):
            part.category = _DISAPPEARED
