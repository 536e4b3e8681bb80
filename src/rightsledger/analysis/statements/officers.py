"""Officers as police officers where the statement is the police's.

"Officers" alone may be the police's or an army's. A statement that names the police (a police
chief's briefing, "the district police") and no armed force means its own officers by the
word: "seven of my officers were hurt", "Eleven officers were injured". Russian and
Azerbaijani name the police in the noun itself («сотрудники полиции», "polis əməkdaşları").
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

POLICE_OFFICERS = "police officers"
_OFFICERS = frozenset({"officers", "officer"})
_MILITARY_STEMS = (
    "army", "armies", "military", "soldier", "troop", "armed", "battalion", "brigade",
    "regiment", "navy", "naval", "air force", "militia", "forces",
)  # fmt: skip


def mark_police_officers(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives the subgroup "police officers" to counts of officers in a statement of the police."""
    if language != "en":
        return
    words = [t.lower for t in tokens if t.kind == "word"]
    if not any(w.startswith("police") for w in words):
        return
    if any(w.startswith(_MILITARY_STEMS) for w in words):
        return  # "officers" may be the army's
    for figure in figures:
        quantity = figure.quantity
        if figure.subgroup != "all" or quantity.np_first < 0:
            continue
        if tokens[quantity.np_last].lower in _OFFICERS:
            figure.subgroup = POLICE_OFFICERS
