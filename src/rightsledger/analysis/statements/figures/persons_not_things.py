"""Persons are no part of things: "Teams exhumed 90 bodies from two mass graves near the mill,
including those of 12 women": the women are of the bodies, not of the graves counted after
them. A part that counts persons (a group, or persons) looks past the counts of things (graves,
buildings destroyed) for its whole; a part with no noun may be of either, and is left as it is.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.model import THING_CATEGORIES


def wholes_of_persons(part: Figure, figures: list[Figure]) -> list[Figure]:
    """``figures`` without the counts of things when ``part`` counts persons: by its noun, or
    by a fate only persons suffer ("… from two mass graves; 31 of them have been identified")."""
    noun = part.quantity.noun
    by_fate = bool(part.category) and part.category not in THING_CATEGORIES and not noun
    if noun != PERSON and not names_group(noun) and not by_fate:
        return figures
    return [f for f in figures if f.category not in THING_CATEGORIES]
