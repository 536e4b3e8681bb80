"""A statement's figures as tuples of the claim fields a test compares, read by the reader."""

from __future__ import annotations

from collections.abc import Sequence

from rightsledger.analysis.statements import read_statement

#: Everything that makes a figure (what ``bench/statements.py`` scores).
WHOLE = ("category", "subgroup", "count", "count_low", "count_high", "qualifier", "parent")


def claim_fields(text: str, language: str, fields: Sequence[str] = WHOLE) -> list[tuple]:
    return [tuple(getattr(c, f) for f in fields) for c in read_statement(text, language).claims]
