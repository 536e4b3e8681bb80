"""Russian bodies that bear marks, counted after the bodies found: «Извлечены останки 120
человек. У 35 тел эксперты обнаружили следы пыток». Russian has no article, so the bare
«у 35 тел» is of the bodies just told of, as "35 of the bodies" would be in English: the
tortured are a part of the found dead counted before them, when fewer. Nor has Azerbaijani:
"96 nəfərin qalıqları çıxarılıb. 27 cəsəddə işgəncə izləri aşkar edilib" (in 27 bodies)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import BODY
from rightsledger.analysis.statements.tokens import Token

# Azerbaijani words for a body or remains in the locative, where marks are found: "27 cəsəddə",
# "12 meyitdə", "9 qalıqda" (a count of bodies as a place, which no counted noun is).
_AZ_BODIES_IN = ("cəsəd", "meyit", "meyid", "nəş", "qalıq")
_AZ_LOCATIVE = ("də", "da", "lərdə", "larda")


def nest_marked_bodies_in_the_found(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Gives a count of tortured bodies with no whole the found dead before it as its whole."""
    if language not in {"ru", "az"}:
        return
    for part in figures:
        quantity = part.quantity
        if part.category != "tortured" or part.parent is not None:
            continue
        if quantity.counted != BODY and not (
            language == "az" and _az_in_the_bodies(tokens, quantity.end_token + 1)
        ):
            continue
        # Azerbaijani: "58 nəfərin qalıqları tapılıb. Keçən ay bu rəqəm 40 idi. 11 cəsəddə …":
        # of the bodies found as the count now stands, the largest told before, not of an
        # earlier figure of the same count given after it.
        if language == "az":
            whole = _largest_found_dead_before(figures, part)
        else:
            whole = latest_found_dead_before(figures, part)
        if whole is None:
            continue
        most, count = whole.quantity.most, quantity.count
        if most is not None and count is not None and count < most:
            part.parent = whole


def latest_found_dead_before(figures: list[Figure], part: Figure) -> Figure | None:
    """The latest count of the found dead with no whole, told before ``part``; None if none."""
    found = _found_dead_before(figures, part)
    return found[-1] if found else None


def _found_dead_before(figures: list[Figure], part: Figure) -> list[Figure]:
    """The counts of the found dead with no whole told before ``part``, in text order."""
    return [
        f for f in figures
        if f.category == "found_dead" and f.parent is None
        and f.quantity.end_token < part.quantity.first
    ]  # fmt: skip


def _az_in_the_bodies(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a body or remains in the locative ("27 cəsəddə")?"""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return word.startswith(_AZ_BODIES_IN) and word.endswith(_AZ_LOCATIVE)


def _largest_found_dead_before(figures: list[Figure], part: Figure) -> Figure | None:
    """The largest count of the found dead with no whole, told before ``part``."""
    found = [f for f in _found_dead_before(figures, part) if f.quantity.most is not None]
    return max(found, key=lambda f: f.quantity.most or 0) if found else None
