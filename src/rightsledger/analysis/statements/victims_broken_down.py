"""Victims of no act named, broken down in the next sentence into the dead and the injured:
"23 nəfər zərər çəkib. Onlardan 7-si həlak olub, 16-sı xəsarət alıb." The count of those
harmed joins the two and is a figure of neither, nor the whole of its breakdown, as it is
when the breakdown follows in its own sentence (``figures.nones``, which sees one sentence).
Azerbaijani only for now: its word for the harmed is never the injured alone when the dead
are counted among them.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

_BOTH = frozenset({"killed", "injured"})
# The words of those harmed, by stem ("zərər çəkib", "zərər çəkənlər"). Russian «пострадавшие»
# is as often the injured alone, so a sentence apart is not enough there.
_HARMED = {"az": ("zərər",)}


def drop_victims_broken_down(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without counts of victims that their parts split into dead and injured."""
    stems = _HARMED.get(language)
    if not stems:
        return figures
    dropped: set[int] = set()
    for whole in figures:
        if whole.parent is not None or whole.category not in _BOTH or whole.quantity.zero:
            continue
        if not _names_victims(tokens, whole, stems):
            continue
        parts = [f for f in figures if f.parent is whole]
        if {f.category for f in parts} >= _BOTH:
            dropped.add(id(whole))
            for part in parts:
                part.parent = _branch_of(part, parts)
    return [f for f in figures if id(f) not in dropped]


def _branch_of(part: Figure, parts: list[Figure]) -> Figure | None:
    """The dead or the injured of the breakdown that a part of a group ("beşi uşaqdır", of
    the injured) belongs to: the one branch of its act that counts more; none for the
    branches themselves."""
    if part.subgroup == "all":
        return None
    branches = [
        f for f in parts
        if f.subgroup == "all" and f.category == part.category
        and (f.quantity.count or 0) > (part.quantity.count or 0)
    ]  # fmt: skip
    return branches[0] if len(branches) == 1 else None


def _names_victims(tokens: list[Token], figure: Figure, stems: tuple[str, ...]) -> bool:
    trigger = figure.trigger
    if trigger is None:
        return False
    return any(tokens[k].lower.startswith(stems) for k in range(trigger.first, trigger.last + 1))
