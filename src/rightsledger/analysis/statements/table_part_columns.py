"""Columns of a pipe table that count a group among another column of the same row.

"City | Detained | of whom minors" / "Orlov | 214 | 9": a header cell opened by a marker of parts
that names a group counts that group among the figure to its left, in that figure's act (9
minors of the 214 detained). So does a header cell that is only a group's name, with no act
and no marker ("Province | Detained | Women" / "Varesk | 412 | 58": 58 women of the 412
detained): a group beside an act counts those of the act who are of it. Each such cell is a
part of its own row's figure, not of its column's total, which is the Total row's own cell of
the same kind.

A column of what befalls persons once held, beside a column of the detained ("Detained | Adm.
arrest | Reported beatings"), counts persons among that row's detained: those put under arrest
are detained again, those beaten in custody were beaten while held. A column of the released
beside one of the detained ("Detained | Released") is not read as a part here: the corpus's
sets disagree on it (sealed17 sets every cell apart, sealed19 the released under their row's
detained).
"""

from __future__ import annotations

from collections.abc import Callable

from rightsledger.analysis.statements.figures import resolve_category
from rightsledger.analysis.statements.lexicon import (
    CIVILIAN_STEMS,
    PERSON,
    Lexicon,
    names_group,
)
from rightsledger.analysis.statements.tokens import Token

_SERVICEMEN = "label:servicemen"
_CIVILIANS = "subgroup:civilians"
# What befalls persons while they are held: arrested anew (detained), beaten (tortured).
_IN_CUSTODY = frozenset({"detained", "tortured"})


def part_columns(
    tokens: list[Token],
    head: list[list[int]],
    acts: list[str],
    lex: Lexicon,
    noun_of: Callable[[list[Token], list[int], Lexicon], str],
) -> dict[int, tuple[int, str]]:
    """Each column that counts a group among another column of its row: column -> (the
    whole's column, the group). ``acts`` are the header's acts by column ('' where a cell
    names none), ``noun_of`` the table's reading of a cell's noun."""
    found: dict[int, tuple[int, str]] = _held_columns(acts)
    civilians: dict[int, int] = {}
    for column, cell in enumerate(head):
        if column == 0 or column >= len(acts) or acts[column] or not cell or cell[0] < 0:
            continue
        left = [c for c in range(column - 1, 0, -1) if acts[c]]
        if not left:
            continue
        group = noun_of(tokens, cell, lex)
        marked = lex.nest_before_set.match(tokens, cell[0]) is not None
        if names_group(group) and (marked or _only_the_group(tokens, cell, lex)):
            found[column] = (left[0], group)
        elif marked and any(tokens[j].lower.startswith(CIVILIAN_STEMS) for j in cell):
            civilians[column] = left[0]
    # "İtkin düşmüş | o cümlədən hərbçi | o cümlədən mülki şəxs": civilians are persons, a
    # group only where set against servicemen, as a column beside theirs does.
    for column, whole_column in civilians.items():
        if (whole_column, _SERVICEMEN) in found.values():
            found[column] = (whole_column, _CIVILIANS)
    return found


def _held_columns(acts: list[str]) -> dict[int, tuple[int, str]]:
    """Columns of what befalls the held, right of the first column of the detained: each
    counts persons among that column's figure in the same row ("Detained | Adm. arrest")."""
    categories = [resolve_category(act, PERSON) if act else "" for act in acts]
    held = next((c for c, category in enumerate(categories) if category == "detained"), 0)
    if not held:
        return {}
    return {
        column: (held, "")
        for column in range(held + 1, len(acts))
        if categories[column] in _IN_CUSTODY
    }


def _only_the_group(tokens: list[Token], cell: list[int], lex: Lexicon) -> bool:
    """Is the header cell a group's name and nothing else ("Women", "Minors", «Женщины»)?"""
    matched = lex.noun_set.match_span(tokens, cell[0])
    return matched is not None and matched[1] == len(cell)
