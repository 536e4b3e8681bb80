"""Azerbaijani wholes told apart by what they counted: the persons on a list, the count of
another, earlier time, and a count of persons that is no figure.

"Rəsmi siyahıda hələ də 4.126 nəfər itkin düşmüş kimi qeyd olunur. Keçən il bu siyahıda 4.203
nəfər var idi: … 77 nəfərin taleyi aydınlaşıb, onlardan 69-unun qalıqları tapılıb. Hələ də
yolunu gözlədiyimiz insanlar arasında 512 qadın …": the 512 are of the 4.126 still listed,
not of last year's 4.203; the 69 are of the 77 whose fate is known, a count with no fate of
its own, and so of no figure; "siyahıdakı şəxslərdən" speaks of the list's own count.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# An earlier time opening a sentence: "Keçən il", "Ötən ay", "Bir il əvvəl".
_LAST = frozenset({"keçən", "ötən"})
_SPANS = ("il", "ay", "həftə")
_AGO = frozenset({"əvvəl", "öncə"})
_ENDS = frozenset({".", "!", "?"})
# A list or register named just before the persons it holds ("siyahıda 4.126 nəfər").
_LIST_WORDS = ("siyahı", "reyestr")
# The words of "of them" that a count set off right before it may answer.
_THEM = frozenset({"onlardan", "onların"})


def _sentence_start(tokens: list[Token], k: int) -> int:
    while k > 0 and tokens[k - 1].text not in _ENDS and tokens[k - 1].text != "\n":
        k -= 1
    return k


def of_an_earlier_time(tokens: list[Token], figure: Figure) -> bool:
    """Does the figure's sentence open with an earlier time ("Keçən il bu siyahıda 4.203
    nəfər var idi", "Bir il əvvəl reyestrdə 950 nəfər var idi")?"""
    start = _sentence_start(tokens, figure.quantity.first)
    words = [t.lower for t in tokens[start : min(start + 4, figure.quantity.first)]]
    if len(words) >= 2 and words[0] in _LAST and words[1].startswith(_SPANS):
        return True
    return len(words) >= 3 and words[1].startswith(_SPANS) and words[2] in _AGO


def of_this_time(tokens: list[Token], wholes: list[Figure]) -> list[Figure]:
    """The wholes not counted for an earlier time, if any are; else all of them."""
    current = [w for w in wholes if not of_an_earlier_time(tokens, w)]
    return current or wholes


def counted_on_the_list(tokens: list[Token], before: list[Figure]) -> Figure | None:
    """The latest figure of persons counted in a list ("siyahıda 4.126 nəfər") and not for an
    earlier time, of no whole of its own."""
    listed = [
        f
        for f in before
        if f.parent is None
        and f.category
        and any(
            t.lower.startswith(_LIST_WORDS)
            for t in tokens[max(0, f.quantity.first - 3) : f.quantity.first]
        )
    ]
    listed = of_this_time(tokens, listed)
    return listed[-1] if listed else None


# The marks that set "onlardan" off from the count it speaks of.
_SET_OFF = frozenset({",", ":"})


def them_of_a_count_with_no_fate(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    marker: int,
    part: Figure,
) -> bool:
    """ "77 nəfərin taleyi aydınlaşıb, onlardan 69-unun qalıqları tapılıb": "onlardan" set off
    by a comma (or a colon: "… taleyi aydınlaşıb: onlardan …") right after a count of persons
    (more than the part) that no figure has speaks of those persons; no figure is the part's
    whole."""
    if tokens[marker].lower not in _THEM or marker < 2 or tokens[marker - 1].text not in _SET_OFF:
        return False
    start = _sentence_start(tokens, marker)
    counted = [q for q in quantities if start <= q.first and q.end_token < marker - 1]
    if not counted or part.quantity.count is None:
        return False
    nearest = counted[-1]
    if nearest.noun != PERSON and not names_group(nearest.noun):
        return False
    if nearest.most is None or nearest.most <= part.quantity.count:
        return False
    if any(f.quantity is nearest and (f.category or f.parent) for f in figures):
        return False  # "Yaralılardan 7-si qadındır, onlardan üçünün …": a part, a figure
    # No figure stands between that count and the marker.
    return not any(nearest.end_token < f.quantity.first < marker for f in figures)
