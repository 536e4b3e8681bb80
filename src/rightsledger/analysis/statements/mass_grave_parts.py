"""Parts of the burial sites found that the text calls mass graves: "five burial pits, two of
which qualify as mass graves", «три ямы, в одной из которых находится массовое захоронение».

A count of sites named mass graves by itself ("three mass graves") is of burial sites; a part
of them that the clause after it calls mass graves is the mass graves among them.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

_SITES = "burial_sites"
_MASS_GRAVES = "mass graves"
# "mass grave(s)", «массовое захоронение», "kütləvi məzarlıq": the adjective, then the noun.
_MASS = ("mass", "массов", "kütləvi")
_GRAVE = ("grave", "захоронени", "могил", "məzarlı")
_CLAUSE_END = frozenset({";", "(", ")"}) | FULL_STOPS
_REACH = 15  # tokens after the part's count


def mark_mass_grave_parts(tokens: list[Token], figures: list[Figure]) -> None:
    """Give the parts of burial sites that their clause calls mass graves that group."""
    for figure in figures:
        parent = figure.parent
        if figure.category != _SITES or figure.subgroup != "all" or parent is None:
            continue
        if parent.category != _SITES:
            continue
        if _named_mass_graves(tokens, figure.quantity.end_token + 1):
            figure.subgroup = _MASS_GRAVES


def _named_mass_graves(tokens: list[Token], start: int) -> bool:
    end = min(len(tokens), start + _REACH)
    for k in range(start, end - 1):
        if tokens[k].text in _CLAUSE_END:
            return False
        if tokens[k].lower.startswith(_MASS) and tokens[k + 1].lower.startswith(_GRAVE):
            return True
    return False
