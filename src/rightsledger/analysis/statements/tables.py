"""Tables written as text, their cells split by pipes: "Group | Killed | Injured" / "Men | 21 |
58" / "Total | 36 | 114", «Месяц | Погибли | Ранены» / «Апрель | 7 | 19», "Qrup | Həlak olub |
Yaralanıb".

A casualty table set down in a plain-text statement has no sentence to bind its numbers: the
header row names the act of each column, the first cell of a row whom (or when) that row counts.
Each number in a row is a figure of its column's act; a row labelled with a group the lexicon
knows counts that group, and is a part of the total row's figure in the same column ("Men | 21"
of "Total | 36"); a row labelled otherwise (a month, a district) counts everyone, a figure of its
own beside the total, as a shorter period's figure is beside the cumulative one. A row of
property counts that property ("Houses | 52" under "Destroyed").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rightsledger.analysis.statements.figures import Figure, resolve_category, subgroup_of
from rightsledger.analysis.statements.label_lists import label_lists
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, broadest, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, lines

_PIPE = "|"
_TOTALS = frozenset({"total", "totals", "overall", "итого", "всего", "cəmi", "yekun", "ümumi"})

Row = list[list[int]]  # a row's cells, each the indices of its tokens


@dataclass(frozen=True)
class Tables:
    """The figures of a text's pipe tables and the tokens of those tables' cells."""

    figures: list[Figure] = field(default_factory=list)
    cells: frozenset[int] = frozenset()

    def within(self, span: tuple[int, int]) -> list[Figure]:
        return [f for f in self.figures if span[0] <= f.quantity.first < span[1]]


def read_tables(tokens: list[Token], quantities: list[Quantity], lex: Lexicon) -> Tables:
    """The figures of each pipe table whose header names acts, read by its header and row
    labels; the sentence grammar leaves their cells alone."""
    figures: list[Figure] = []
    cells: set[int] = set()
    for table in _tables(tokens):
        header, rows = _header(tokens, table, lex)
        if header is None:
            continue
        made = _figures(tokens, header, rows, quantities, lex)
        if made:
            figures.extend(made)
            cells.update(k for row in table for cell in row for k in cell)
    # A table written on one line: «Разрушено: домов — 163, школ — 3».
    for heading, items in label_lists(tokens, lex):
        made = _figures(tokens, heading, items, quantities, lex)
        if made:
            figures.extend(made)
            cells.update(k for row in items for cell in row for k in cell)
    return Tables(figures, frozenset(cells))


def _tables(tokens: list[Token]) -> list[list[Row]]:
    """Runs of consecutive lines that each hold a pipe, as rows of cells."""
    tables: list[list[Row]] = []
    run: list[Row] = []
    for line in (range(*span) for span in lines(tokens)):
        if any(tokens[k].text == _PIPE for k in line):
            row: Row = [[]]
            for k in line:
                if tokens[k].text == _PIPE:
                    row.append([])
                else:
                    row[-1].append(k)
            run.append(row)
            continue
        if len(run) >= 2:
            tables.append(run)
        run = []
    if len(run) >= 2:
        tables.append(run)
    return tables


def _header(
    tokens: list[Token], table: list[Row], lex: Lexicon
) -> tuple[list[str] | None, list[Row]]:
    """The act each column names (its trigger, '' for the label column and columns with
    none), and the rows under the header; ``None`` when no row before the numbers names an
    act."""
    for k, row in enumerate(table):
        if any(tokens[j].kind in ("num", "numdate") for cell in row for j in cell):
            return None, []
        acts = [_act(tokens, cell, lex) for cell in row]
        if any(acts[1:]):
            return ["", *acts[1:]], table[k + 1 :]
    return None, []


def _act(tokens: list[Token], cell: list[int], lex: Lexicon) -> str:
    for j in cell:
        trigger = lex.trigger_set.match(tokens, j)
        if trigger is not None:
            return str(trigger.value)
    return ""


def _figures(
    tokens: list[Token],
    header: list[str],
    rows: list[Row],
    quantities: list[Quantity],
    lex: Lexicon,
) -> list[Figure]:
    at = {q.first: q for q in quantities}
    totals: dict[int, Figure] = {}
    parts: list[tuple[int, Figure]] = []
    made: list[Figure] = []
    for row in rows:
        label = row[0]
        total = any(tokens[j].text.casefold() in _TOTALS for j in label)
        noun = "" if total else _noun(tokens, label, lex)
        for column, cell in enumerate(row[1:], start=1):
            quantity = next((at[j] for j in cell if j in at), None) or _bare(tokens, cell)
            if quantity is None or column >= len(header) or not header[column]:
                continue
            category = resolve_category(header[column], noun or PERSON)
            if not category or quantity.non_count:
                continue
            figure = Figure(quantity, category, subgroup_of(noun), bound="table")
            made.append(figure)
            if total:
                totals[column] = figure
            elif figure.subgroup != "all":
                parts.append((column, figure))
    for column, figure in parts:
        figure.parent = totals.get(column)
    return made


def _noun(tokens: list[Token], label: list[int], lex: Lexicon) -> str:
    nouns: list[str] = []
    for j in label:
        found = lex.noun_set.match_span(tokens, j)
        if found is not None:
            value = str(found[0].value)
            if names_group(value) or value.startswith("property:"):
                nouns.append(value)
    return broadest(nouns)


def _bare(tokens: list[Token], cell: list[int]) -> Quantity | None:
    """A cell that is a number alone counts it, though the date grammar took it for a day
    («Апрель | 7 | 19» above «Май | …»: a cell ends at its pipe and its line)."""
    if len(cell) != 1 or tokens[cell[0]].kind not in ("num", "numdate"):
        return None
    value = tokens[cell[0]].value
    if value is None or value != int(value):
        return None
    return Quantity(cell[0], cell[0], count=int(value))
