"""Russian case agreement inside a counted noun phrase.

After a count the words that describe what is counted stand in one case: «троих
госпитализированных врачей», «в 23 тайных захоронениях». A noun that shares no case with
the participle or adjective of the phrase before it does not belong to the phrase: in
«состояние пятерых госпитализированных врачи оценивают как тяжёлое» the doctors are the
subject of the next verb, not the persons counted.
"""

from __future__ import annotations

from rightsledger.analysis.statements.morphology import russian_cases
from rightsledger.analysis.statements.tokens import Token


def ru_noun_outside_the_phrase(tokens: list[Token], j: int, first: int) -> bool:
    """Does the noun at ``j`` fall outside the counted phrase that opened at ``first``: a
    participle or adjective before it, inside the phrase («госпитализированных»), and the
    noun in none of its cases («врачи»)?"""
    if j <= first or tokens[j - 1].kind != "word":
        return False
    before = tokens[j - 1]
    if before.pos not in {"ADJF", "PRTF"}:
        return False
    noun_cases = russian_cases(tokens[j].lower)
    return bool(noun_cases) and not noun_cases & russian_cases(before.lower)
