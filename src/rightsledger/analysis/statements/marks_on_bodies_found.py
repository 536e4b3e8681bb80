"""Russian bodies that bear marks, counted after the bodies found: «Извлечены останки 120
человек. У 35 тел эксперты обнаружили следы пыток». Russian has no article, so the bare
«у 35 тел» is of the bodies just told of, as "35 of the bodies" would be in English: the
tortured are a part of the found dead counted before them, when fewer."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import BODY


def nest_marked_bodies_in_the_found(figures: list[Figure], language: str) -> None:
    """Gives a count of tortured bodies with no whole the found dead before it as its whole."""
    if language != "ru":
        return
    for part in figures:
        quantity = part.quantity
        if part.category != "tortured" or part.parent is not None or quantity.counted != BODY:
            continue
        whole = latest_found_dead_before(figures, part)
        if whole is None:
            continue
        most, count = whole.quantity.most, quantity.count
        if most is not None and count is not None and count < most:
            part.parent = whole


def latest_found_dead_before(figures: list[Figure], part: Figure) -> Figure | None:
    """The latest count of the found dead with no whole, told before ``part``; None if none."""
    found = [
        f for f in figures
        if f.category == "found_dead" and f.parent is None
        and f.quantity.end_token < part.quantity.first
    ]  # fmt: skip
    return found[-1] if found else None
