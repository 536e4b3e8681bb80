"""English bodies a witness carried or buried, of persons a relative clause says were killed:
"I helped to carry the bodies of three neighbours who had been shot" counts the killed.

Bodies are found dead when they are found, recovered or seen lying; a witness who carried or
buried them tells of the persons' death, not of a finding, and the clause after them says how
they died. The parts said of them after ("one of them a boy") are of the killed too. Bodies
found ("police recovered the bodies of three neighbours who had been shot") stay found dead.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

_CARRIED = frozenset(
    {"carry", "carried", "carrying", "bury", "buried", "burying", "wash", "washed", "wrapped"}
)


def count_bodies_carried_as_killed(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Bodies carried or buried, of persons killed, are the killed (their parts with them)."""
    if language != "en":
        return
    for figure in figures:
        quantity, trigger = figure.quantity, figure.trigger
        if figure.category != "found_dead" or not quantity.bodies or trigger is None:
            continue
        if trigger.value != "killed" or trigger.first < quantity.first:
            continue
        before = [t.lower for t in tokens[max(0, quantity.first - 4) : quantity.first]]
        if "bodies" not in before or not _CARRIED & set(before):
            continue
        figure.category = "killed"
        for part in figures:
            if part.parent is figure and part.category == "found_dead":
                part.category = "killed"
