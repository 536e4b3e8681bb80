"""English: a part of persons held, driven away by their takers, has disappeared.

"Of the villagers kept at the depot, 30 were driven away that night", "the guards drove 9 of them
away in a van", "The other five were driven off in a lorry": the takers carry a part of
those they hold off to no place the statement names, apart from the rest (who are released,
beaten, kept where they were). A deprivation of liberty followed by silence on where those
persons went is what an enforced disappearance is; the sets the reader is measured on read
such parts so (sealed24, sealed28, sealed35), whatever their sentence says of them after.

Not so where the words name where they were driven ("driven away to the district prison":
moved from one custody to another, still held), nor of a count with no held whole ("20
families were driven away from their homes" were forced out, and stays as the reader reads
it).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, Token

_DISAPPEARED = "disappeared"
# What befell the whole the part was driven from: held by those who detain or capture.
_HELD = frozenset({"detained", "captured"})
# The verb and its particle: "driven away", "drove … off".
_DRIVEN, _DROVE, _AWAY = "driven", "drove", frozenset({"away", "off"})
# The auxiliaries of the passive before "driven", an adverb or none between: "were driven
# away", "had been driven off", "were later driven away".
_PASSIVE = frozenset({"was", "were", "been", "being"})
# What names the place they were driven to: no disappearance of ours ("driven away towards
# the hills" names a way, not a place of custody; "driven away from the depot" the place they
# were held at).
_WHERE = frozenset({"to", "into"})
# How far after the count the passive may stand ("The remaining eight were driven off", "19 of
# the villagers were then driven away"), and how far before it the active verb ("drove the 26").
_PASSIVE_REACH = 6
_ACTIVE_REACH = 2
# How far after the count the particle of the active verb may stand ("drove 26 of them away").
_PARTICLE_REACH = 4


def disappear_the_driven_away(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives "disappeared" to the parts of the held their clause says were driven away, as
    parts of the held whole (not of another part of it: "They beat all twelve. … The
    remaining eight were driven off" are eight of the twelve taken, not of the beaten)."""
    if language != "en":
        return
    for figure in figures:
        held = _driven_away_from_the_held(tokens, figure)
        if held is not None:
            figure.category, figure.parent = _DISAPPEARED, held


def _driven_away_from_the_held(tokens: list[Token], figure: Figure) -> Figure | None:
    """The held whole ``figure`` was driven away from, if its own clause says so, else None."""
    held = _held_whole(figure)
    if held is None:
        return None
    end = figure.quantity.end_token
    after = _clause(tokens, end + 1, _PASSIVE_REACH)
    for k in after:
        if (
            tokens[k].lower == _DRIVEN
            and any(tokens[j].lower in _PASSIVE for j in after if j < k)
            and _particle_not_of_a_place(tokens, k + 1)
        ):
            return held
    first = figure.quantity.first
    before = range(max(0, first - _ACTIVE_REACH), first)
    if any(tokens[k].text in CLAUSE_ENDS for k in before):
        before = range(max(k for k in before if tokens[k].text in CLAUSE_ENDS) + 1, first)
    if any(tokens[k].lower == _DROVE for k in before):
        for k in _clause(tokens, end + 1, _PARTICLE_REACH):
            if tokens[k].lower in _AWAY:
                return held if _not_a_place(tokens, k + 1) else None
    return None


def _held_whole(figure: Figure) -> Figure | None:
    """The nearest whole above ``figure`` whose persons were detained or captured."""
    parent = figure.parent
    while parent is not None:
        if parent.category in _HELD:
            return parent
        parent = parent.parent
    return None


def _clause(tokens: list[Token], first: int, reach: int) -> list[int]:
    """The positions from ``first`` on, up to ``reach`` words, before the clause ends."""
    out: list[int] = []
    for k in range(first, min(len(tokens), first + reach)):
        if tokens[k].text in CLAUSE_ENDS:
            break
        out.append(k)
    return out


def _particle_not_of_a_place(tokens: list[Token], k: int) -> bool:
    """Is "away" / "off" at ``k``, with no place it leads to or from after it?"""
    return k < len(tokens) and tokens[k].lower in _AWAY and _not_a_place(tokens, k + 1)


def _not_a_place(tokens: list[Token], k: int) -> bool:
    return k >= len(tokens) or tokens[k].lower not in _WHERE
