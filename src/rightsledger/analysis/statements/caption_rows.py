"""Rows of places under a caption that names the act, one a line, each a place, a dash, its
count and perhaps a part of it: "Table 2. Displaced persons registered by district" /
"Greenhill district — 1,120 people, including 430 children" / "Total — 1,935 people", «Таблица
2. Внутренне перемещённые лица по районам» / «Зеленогорский район — 1 120 человек, в том
числе 430 детей», "Cədvəl 2. Rayonlar üzrə məcburi köçkünlər" / "Yaşıltəpə rayonu — 1 120
nəfər, o cümlədən 430 uşaq".

A row names no act of its own, so no sentence binds its count: the caption's act is each row's,
as a table's header is its columns' (``tables``). A row's part ("o cümlədən 430 uşaq") counts
its group among the row's own count. Rows stand beside each other and beside the total row, as
rows set down before their grand total do in prose. The caption holds no count of persons (its
numbers are a table's number or a date), and a row's count counts persons, so that a text's
own sentences and a list of distances or sums ("Arden — 12 km") are not read so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rightsledger.analysis.statements.figures import Figure, resolve_category, subgroup_of
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.quantities.reading import AZ_NONE, AZ_NOT_RECORDED
from rightsledger.analysis.statements.tokens import DASHES, Token, lines

# The act a caption's words name (``tables``: by a verb, a participle or a noun of persons
# that says what befell them).
ActOf = Callable[[list[Token], list[int], Lexicon], str]

_MINIMUM_ROWS = 2
_ROW_ENDS = frozenset({".", ";"})


def caption_rows(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, act_of: ActOf
) -> tuple[list[Figure], set[int]]:
    """The figures of each run of rows under a caption whose act ``act_of`` names, and the
    tokens of those rows."""
    at = {q.first: q for q in quantities}
    spans = lines(tokens)
    made: list[Figure] = []
    cells: set[int] = set()
    k = 0
    while k < len(spans):
        first, past = spans[k]
        act = _caption_act(tokens, range(first, past), at, lex, act_of)
        rows: list[list[Quantity]] = []
        j = k + 1
        while act and j < len(spans) and tokens[spans[j][0]].newline_before == 1:
            row = _row(tokens, range(*spans[j]), at, lex)
            if row is None:
                break
            rows.append(row)
            j += 1
        if len(rows) < _MINIMUM_ROWS:
            k += 1
            continue
        for row in rows:
            made.extend(_row_figures(tokens, row, act, lex))
        cells.update(range(spans[k + 1][0], spans[j - 1][1]))
        k = j
    return made, cells


def _caption_act(
    tokens: list[Token], line: range, at: dict[int, Quantity], lex: Lexicon, act_of: ActOf
) -> str:
    """The act a line names when it counts no persons and is no row itself."""
    if not len(line) or any(tokens[k].text in DASHES for k in line):
        return ""
    if any(k in at and _counts_persons(tokens, at[k], lex) for k in line):
        return ""
    return act_of(tokens, list(line), lex)


def _row(
    tokens: list[Token], line: range, at: dict[int, Quantity], lex: Lexicon
) -> list[Quantity] | None:
    """A line's count and its part's, when it is a label of words, a dash, a count of
    persons, and perhaps a marker of parts and another count ("o cümlədən 430 uşaq")."""
    dash = next((k for k in line if tokens[k].text in DASHES), None)
    if dash is None or dash == line.start:
        return None
    if not all(tokens[k].kind == "word" for k in range(line.start, dash)):
        return None
    none = _none(tokens, dash + 1, line, at)
    if none is not None:
        return [none]
    whole = _within(at.get(dash + 1), line)
    if whole is None or not _counts_persons(tokens, whole, lex):
        return None
    k = _past(whole) + 1
    found = [whole]
    if k < line.stop and tokens[k].text == ",":
        nest = lex.nest_before_set.match_span(tokens, k + 1)
        part = _within(at.get(k + 1 + nest[1]), line) if nest is not None else None
        if part is None or not _counts_persons(tokens, part, lex):
            return None
        found.append(part)
        k = _past(part) + 1
    if k < line.stop and tokens[k].text in _ROW_ENDS:
        k += 1
    return found if k == line.stop else None


def _none(tokens: list[Token], k: int, line: range, at: dict[int, Quantity]) -> Quantity | None:
    """A row that says there were none: "none", «нет», "yoxdur", "qeydə alınmayıb" (none
    recorded) alone after the dash."""
    words = [tokens[j].lower for j in range(k, line.stop) if tokens[j].text not in _ROW_ENDS]
    said = at.get(k)
    if said is not None and said.zero and said.last == k + len(words) - 1:
        return replace(said, np_first=-1, np_last=-1)  # its noun is the next row's label
    if words in ([w] for w in AZ_NONE) or (
        len(words) == 2 and words[0] == "qeydə" and words[1] in AZ_NOT_RECORDED
    ):
        return Quantity(k, k + len(words) - 1, count=0, zero=True)
    return None


def _within(quantity: Quantity | None, line: range) -> Quantity | None:
    """The quantity with its counted words kept within its line: a row's last count took the
    next row's place for its noun ("430 uşaq" / "Göyçəli rayonu")."""
    if quantity is None or quantity.np_last < line.stop:
        return quantity
    return replace(quantity, np_last=line.stop - 1)


def _past(quantity: Quantity) -> int:
    return max(quantity.last, quantity.np_last)


def _counts_persons(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> bool:
    if quantity.non_count or quantity.np_first < 0:
        return False
    noun = lex.noun_set.match(tokens, quantity.np_first)
    return noun is not None and (noun.value == PERSON or names_group(str(noun.value)))


def _row_figures(tokens: list[Token], row: list[Quantity], act: str, lex: Lexicon) -> list[Figure]:
    figures: list[Figure] = []
    for quantity in row:
        noun = lex.noun_set.match(tokens, quantity.np_first) if quantity.np_first >= 0 else None
        counted = str(noun.value) if noun is not None else PERSON
        category = resolve_category(act, counted)
        if not category:
            return []
        figure = Figure(quantity, category, subgroup_of(counted), bound="table")
        figure.parent = figures[0] if figures else None
        figures.append(figure)
    return figures
