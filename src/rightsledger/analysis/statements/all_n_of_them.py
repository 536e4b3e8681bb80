"""Azerbaijani "altısı da" (all six of them), "ikisini də" (both of them): a part with the
possessive and "da/də" whose count is its whole's own count is the whole again, every one of
those persons, and so of the whole's group: "6 yetkinlik yaşına çatmamış saxlanılıb; altısı da
valideynlərinə təhvil verilib" releases six minors. A part that counts fewer ("onlardan ikisi")
keeps the group its own words give (the Azerbaijani sets count it as everyone)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.tokens import Token

# The particle "too, all", after the part's number: "altısı da", "beşi də".
_TOO = frozenset({"da", "də"})


def carry_group_to_all_of_them(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives each Azerbaijani "N-si də" part as many as its whole the whole's group."""
    if language != "az":
        return
    for figure in figures:
        whole = figure.parent
        if whole is None or whole.subgroup == "all" or figure.subgroup != "all":
            continue
        count = figure.quantity.count
        if count is None or count < 2 or count != whole.quantity.count:
            continue
        if figure.quantity.noun not in {"", PERSON}:
            continue
        after = figure.quantity.last + 1
        if after < len(tokens) and tokens[after].lower in _TOO:
            figure.subgroup = whole.subgroup
