"""Figures a correction notice replaces.

A notice that opens with a word of correction ("Correction.", «Поправка.», "Düzəliş.") gives
the figures its earlier article reported, then the right ones: a figure followed later by
another of the same act and group, with another count, is the one corrected, and is no claim
(nor are its parts). Outside such a notice two figures of the same act stand (a cumulative
figure and one for a shorter period are both claims).

A running post updated in place works the same way after each line that opens with a word
of update («Обновление 10:15.», «🔴 Обновление»): a count of an act and group given after it
replaces one of the same act and group given before it, which the post no longer claims.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

_NOTICE_WORDS = frozenset(
    {"correction", "corrections", "clarification", "erratum", "поправка", "уточнение",
     "опровержение", "düzəliş", "dəqiqləşdirmə"}
)  # fmt: skip


# Words that open a line of a running post updated in place.
_UPDATE_WORDS = frozenset({"обновление", "обновлено", "уточнение"})


def drop_updated(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """The figures of a post updated in place, without those a later update replaced."""
    updates = _update_lines(tokens)
    if not updates:
        return figures
    top = [f for f in figures if f.parent is None and f.category and f.quantity.count is not None]
    replaced = {
        id(f)
        for f in top
        if any(_replaces(g, f) and any(f.first < u < g.first for u in updates) for g in top)
    }
    return [f for f in figures if id(f) not in replaced and id(f.parent) not in replaced]


def _replaces(later: Figure, earlier: Figure) -> bool:
    return (
        later.category == earlier.category
        and later.subgroup == earlier.subgroup
        and later.quantity.count is not None
        and later.quantity.count != earlier.quantity.count
    )


def _update_lines(tokens: list[Token]) -> list[int]:
    """Where the lines that open with a word of update start (past a mark or an emoji)."""
    found = []
    line_opened = True
    for k, token in enumerate(tokens):
        if token.newline_before:
            line_opened = True
        if token.kind == "word":
            if line_opened and token.lower in _UPDATE_WORDS:
                found.append(k)
            line_opened = False
        elif token.kind != "punct":
            line_opened = False
    return found


def drop_corrected(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """The figures of a correction notice, without those it corrects."""
    words = [t for t in tokens[:3] if t.kind == "word"]
    if not words or words[0].lower not in _NOTICE_WORDS:
        return figures
    top = [f for f in figures if f.parent is None and f.category]
    wrong = {
        id(f)
        for k, f in enumerate(top)
        if any(
            g.category == f.category
            and g.subgroup == f.subgroup
            and g.quantity.count != f.quantity.count
            for g in top[k + 1 :]
        )
    }
    return [f for f in figures if id(f) not in wrong and id(f.parent) not in wrong]
