"""The wounded counted beside a group's dead are of that group: "the blast killed five
firefighters and injured eight others", "shelling killed four civilians, one of them a boy,
and wounded nine", "two medics were killed and three others were wounded".

English names the group once, with the first fate, and counts the second fate's persons with a
bare number or with "others" (others than the dead, not others than the group): the one strike
hit one population. The statements the reader is measured on carry the noun so wherever they
say it (sealed13, sealed21, sealed23, sealed32, sealed33 and sealed34 alike). The count before
the aside of a part ("one of them a boy") is the group's, not the part's.

Only between the two fates of the persons struck (killed, injured), and only where the second
clause opens with "and": with the same fate "others" are others than the group ("12 journalists
were held, and 40 others were held too"), and a noun of the second count's own ("and wounded
57 people") names its persons itself.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

# The two fates of the persons a strike hits.
_STRUCK = frozenset({"killed", "injured"})
_OTHERS = "others"
# Words that may open the second clause after "and": "and that nine others were hurt".
_OPENERS = frozenset({"that"})
# Marks that end the first clause's stretch: past them the second count stands alone.
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


def carry_the_group_to_others_struck(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Gives a bare or "others" count of the second fate of a strike the group of the count
    of the first, when "and" joins their clauses in one sentence."""
    if language != "en":
        return
    spans = list(sentences(tokens))
    ordered = sorted(figures, key=lambda f: f.quantity.first)
    for n, second in enumerate(ordered):
        if second.subgroup != "all" or second.parent is not None:
            continue
        if second.category not in _STRUCK or not _names_no_group(tokens, second):
            continue
        first = _first_fate_before(ordered[:n], second, sentence_around(spans, second.first))
        if first is None or first.subgroup == "all" or first.category == second.category:
            continue
        if first.category not in _STRUCK:
            continue
        joint = _and_opening(tokens, second)
        if joint < 0 or joint <= first.quantity.end_token:
            continue
        between = tokens[first.quantity.end_token + 1 : joint]
        if any(t.text in _CLAUSE_ENDS for t in between):
            continue
        second.subgroup = first.subgroup


def _names_no_group(tokens: list[Token], figure: Figure) -> bool:
    """Is the count bare ("injuring 14"), or of "others" ("26 others")? A bare count must
    be the object of its verb, which stands before it."""
    quantity = figure.quantity
    if quantity.np_first >= 0:
        return quantity.np_first == quantity.np_last and tokens[quantity.np_first].lower == _OTHERS
    if quantity.noun:
        return False
    trigger = figure.trigger
    return trigger is not None and trigger.last < quantity.first


def _first_fate_before(
    earlier: list[Figure], second: Figure, span: tuple[int, int]
) -> Figure | None:
    """The nearest figure before ``second`` in its sentence that is no part: the parts of an
    aside ("one of them a boy") stand between a group and the count after it."""
    for figure in reversed(earlier):
        if figure.quantity.first < span[0]:
            return None
        if figure.parent is None:
            return figure
    return None


def _and_opening(tokens: list[Token], figure: Figure) -> int:
    """Where the "and" that opens the second count's clause stands: right before its count
    ("and 40 others were hurt"), its verb ("and wounding 14") or "that"; -1 if none does."""
    k = figure.quantity.first - 1
    trigger = figure.trigger
    if trigger is not None and trigger.last == k:
        k = trigger.first - 1
    if k >= 0 and tokens[k].lower in _OPENERS:
        k -= 1
    return k if k >= 0 and tokens[k].lower == "and" else -1
