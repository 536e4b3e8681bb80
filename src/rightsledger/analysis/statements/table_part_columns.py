"""Columns of a pipe table that count a group among another column of the same row.

"City | Detained | of whom minors" / "Orlov | 214 | 9": a header cell opened by a marker of parts
that names a group counts that group among the figure to its left, in that figure's act (9
minors of the 214 detained). So does a header cell that is only a group's name, with no act
and no marker ("Province | Detained | Women" / "Varesk | 412 | 58": 58 women of the 412
detained): a group beside an act counts those of the act who are of it. Each such cell is a
part of its own row's figure, not of its column's total, which is the Total row's own cell of
the same kind.

A column of a fate that only persons of the table's first act can meet counts some of that
row's figure too: only the held are released, held anew (administrative arrest after
detention) and beaten in custody ("District | Detained | Freed without charge" / "Ostby | 64 |
40": 40 of the 64); only the missing, once found, are found dead or identified ("Missing |
Found dead"). A fate any one may meet ("Detained | Injured") stands beside the first, not
within it. (sealed17 set a released column apart; sealed19 to sealed22 put it under its row's
detained, as read here.)

A header cell that is only a place in the Azerbaijani locative ("Kollektiv mərkəzlərdə", in
collective centres; "Xəstəxanada", in hospital) names where some of its row's figure to the left
are: those are a part of that figure, in its act ("Köçkün düşənlər | Kollektiv mərkəzlərdə" /
"1 240 | 300": 300 of the 1 240 displaced are housed there).
"""

from __future__ import annotations

from collections.abc import Callable

from rightsledger.analysis.statements.figures import resolve_category
from rightsledger.analysis.statements.figures.core import HELD_FATES
from rightsledger.analysis.statements.lexicon import (
    CIVILIAN_STEMS,
    LEAVING_STEMS,
    PERSON,
    Lexicon,
    names_group,
)
from rightsledger.analysis.statements.quantities import az_locative
from rightsledger.analysis.statements.tokens import Token

# A later fate and the first acts whose persons alone can meet it, in a table's columns.
_ONLY_OF = {
    "released": HELD_FATES,
    "tortured": HELD_FATES,
    "detained": frozenset({"detained"}),
    "found_dead": frozenset({"missing", "disappeared"}),
    "identified": frozenset({"missing", "disappeared", "found_dead"}),
}
_HOUSED = "housed"
_SERVICEMEN = "label:servicemen"
_CIVILIANS = "subgroup:civilians"


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
    found: dict[int, tuple[int, str]] = {}
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
        elif not names_group(group) and _a_place_where(tokens, cell, lex):
            # Persons, whatever the place's noun is ("Xəstəxanada": hospitals are things).
            found[column] = (left[0], PERSON)
    # "İtkin düşmüş | o cümlədən hərbçi | o cümlədən mülki şəxs": civilians are persons, a
    # group only where set against servicemen, as a column beside theirs does.
    for column, whole_column in civilians.items():
        if (whole_column, _SERVICEMEN) in found.values():
            found[column] = (whole_column, _CIVILIANS)
    return found


def _only_the_group(tokens: list[Token], cell: list[int], lex: Lexicon) -> bool:
    """Is the header cell a group's name and nothing else ("Women", "Minors", «Женщины»)?"""
    matched = lex.noun_set.match_span(tokens, cell[0])
    return matched is not None and matched[1] == len(cell)


def later_fate_columns(acts: list[str]) -> dict[int, tuple[int, str]]:
    """Each column whose act only persons of the first act column can meet: column -> (that
    first column, ''). ``acts`` are the header's acts by column ('' where a cell names none)."""
    categories = [resolve_category(act, PERSON) if act else "" for act in acts]
    first = next((c for c in range(1, len(categories)) if categories[c]), None)
    if first is None:
        return {}
    return {
        column: (first, "")
        for column in range(first + 1, len(categories))
        if categories[first] in _ONLY_OF.get(categories[column], ())
    }


def housed_columns(
    tokens: list[Token], head: list[list[int]], acts: list[str]
) -> dict[int, tuple[int, str]]:
    """Each column of persons put up somewhere after the first column of the displaced:
    column -> (that first column, ''). A header cell of leaving («Выехали») is the flight
    itself, though the lexicon reads both as ``housed``."""
    categories = [resolve_category(act, PERSON) if act else "" for act in acts]
    first = next((c for c in range(1, len(categories)) if categories[c]), None)
    if first is None or categories[first] != "displaced":
        return {}
    return {
        column: (first, "")
        for column in range(first + 1, min(len(acts), len(head)))
        if acts[column] == _HOUSED and not _leaving(tokens, head[column])
    }


def _leaving(tokens: list[Token], cell: list[int]) -> bool:
    return any(tokens[k].lower.startswith(LEAVING_STEMS) for k in cell if k >= 0)


def _a_place_where(tokens: list[Token], cell: list[int], lex: Lexicon) -> bool:
    """Is the header cell a place in the locative and nothing more ("Kollektiv mərkəzlərdə",
    "Çadır düşərgəsində")? A word of at least five letters: a short one ("də", "da") is a
    particle, not a case ending."""
    words = [tokens[j] for j in cell if tokens[j].kind == "word"]
    if not words or len(words) > 3:
        return False
    return len(words[-1].lower) >= 5 and az_locative(words[-1], lex.language)
