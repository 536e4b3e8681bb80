"""Tables written as text, their cells split by pipes: "Group | Killed | Injured" / "Men | 21 |
58" / "Total | 36 | 114", «Месяц | Погибли | Ранены» / «Апрель | 7 | 19», "Qrup | Həlak olub |
Yaralanıb".

A casualty table set down in a plain-text statement has no sentence to bind its numbers: the
header row names the act of each column, the first cell of a row whom (or when) that row counts.
Each number in a row is a figure of its column's act; a row labelled with a group the lexicon
knows counts that group, and is a part of the total row's figure in the same column ("Men | 21"
of "Total | 36"); a row labelled otherwise counts everyone. Rows of places ("All districts |
17" / "Arden | 14" / "Bellmoor | 3") and of periods (a month, a year) are figures of their own
beside the total row, as the sets written since sealed17 write them (each row's figure its own
claim, with no parent; sealed10 and sealed13, written before, made place rows parts of the
total). A row of
property counts that property ("Houses | 52" under "Destroyed"), as does a column whose header
names it ("Homes destroyed").

Rows may be written with slashes after a colon, the label before it ("Total: 12 / 40" under
"Figure: killed / injured"). A line that is only a marker of parts ("including", «в том числе»,
"o cümlədən") says the rows after it are parts of the total row, whatever they are labelled. A
table may also stand on its side: the header row names places or periods and the first cell of
each row the act ("Killed | 9 | 6 | 3"), each column a figure of its own beside a column
headed "Total", as the rows of an upright table are; a row opened by a marker of parts that names a
group ("of whom children | 4 | 3 | 1") counts that group among the row above, column by column.
An upright table's header cell so opened ("Detained | of whom minors") counts that group among
each row's own figure to its left (``table_part_columns``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rightsledger.analysis.statements.age_groups import group_of_an_age_limit
from rightsledger.analysis.statements.caption_rows import caption_rows
from rightsledger.analysis.statements.figures import Figure, resolve_category, subgroup_of
from rightsledger.analysis.statements.label_lists import PARTS_MARKER, label_lists
from rightsledger.analysis.statements.lexicon import (
    BODY,
    GRAVE,
    PENDING,
    PERSON,
    Lexicon,
    broadest,
    names_group,
)
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.table_part_columns import (
    housed_columns,
    later_fate_columns,
    part_columns,
)
from rightsledger.analysis.statements.tokens import Token, lines

_PIPE = "|"
_SLASH = "/"
_TOTALS = frozenset({"total", "totals", "overall", "итого", "всего", "cəmi", "yekun", "ümumi"})
# "All districts", «Все районы», "Bütün rayonlar": a label that takes in every row below.
_ALL = frozenset({"all", "все", "bütün"})

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
    measures = frozenset(q.first for q in quantities if q.non_count)
    for table in _tables(tokens, lex):
        table = _label_column_left_unnamed(tokens, table, lex, measures)
        header, rows = _header(tokens, table, lex, measures)
        if header is None:
            made = _on_its_side(tokens, table, quantities, lex)
        else:
            head = _header_row(tokens, table, lex)
            made = _figures(
                tokens,
                header,
                rows,
                quantities,
                lex,
                _column_nouns(tokens, head, lex),
                later_fate_columns(header)
                | housed_columns(tokens, head, header)
                | part_columns(tokens, head, header, lex, _noun),
            )
        if made:
            figures.extend(made)
            cells.update(k for row in table for cell in row for k in cell)
    # A table written on one line: «Разрушено: домов — 163, школ — 3».
    for heading, items in label_lists(tokens, lex):
        made = _figures(tokens, heading, items, quantities, lex)
        if made:
            figures.extend(made)
            cells.update(k for row in items for cell in row for k in cell)
    # Rows of places under a caption: "Displaced persons by district" / "Arden — 12 people".
    made, caption_cells = caption_rows(tokens, quantities, lex, _caption_act)
    figures.extend(made)
    cells.update(caption_cells)
    return Tables(figures, frozenset(cells))


def _tables(tokens: list[Token], lex: Lexicon) -> list[list[Row]]:
    """Runs of consecutive lines that each hold a pipe (or a label, a colon and cells split by
    slashes), as rows of cells; a line that is only a marker of parts stays in its run. A
    table's rows are all split alike: a title line whose reference has slashes after a colon
    ("(source: ref. MM/25/Q3)") does not head the pipe table below it."""
    tables: list[list[Row]] = []
    run: list[Row] = []
    run_split = ""
    for line in (range(*span) for span in lines(tokens)):
        if _rule_line(tokens, line):
            continue  # "|---|---|": the line under a Markdown table's header
        row = _row(tokens, line)
        if row is not None:
            split = _PIPE if any(tokens[k].text == _PIPE for k in line) else _SLASH
            if run and split != run_split:
                if len(run) >= 2:
                    tables.append(run)
                run = []
            run.append(row)
            run_split = split
            continue
        if run and _is_marker_line(tokens, line, lex):
            run.append([[_MARKER_INDEX]])
            continue
        if len(run) >= 2:
            tables.append(run)
        run = []
    if len(run) >= 2:
        tables.append(run)
    return tables


_MARKER_INDEX = PARTS_MARKER  # the one cell of a line that is only a marker of parts


def _row(tokens: list[Token], line: range) -> Row | None:
    """A line's cells: split at its pipes, or a label before a colon and cells after it split
    at slashes; ``None`` for a line of neither shape."""
    split = _PIPE
    if not any(tokens[k].text == _PIPE for k in line):
        colon = next((k for k in line if tokens[k].text == ":"), None)
        slashes = [k for k in line if tokens[k].text == _SLASH]
        if colon is None or not slashes or slashes[0] < colon:
            return None
        split = _SLASH
    row: Row = [[]]
    for k in line:
        if tokens[k].text == split or (split == _SLASH and tokens[k].text == ":" and len(row) == 1):
            row.append([])
        else:
            row[-1].append(k)
    if split == _SLASH and not all(row[1:]):
        return None
    if split == _PIPE:
        # "| Men | 21 | 58 |": pipes that open and close the line bound cells, none empty.
        row = row[1:] if not row[0] else row
        row = row[:-1] if len(row) > 1 and not row[-1] else row
    return row


_RULE_CHARACTERS = frozenset("-–—=:+")


def _rule_line(tokens: list[Token], line: range) -> bool:
    """A line of pipes and dashes only ("|---|:---:|"), ruling a table's header off."""
    texts = [tokens[k].text for k in line]
    return _PIPE in texts and all(text == _PIPE or set(text) <= _RULE_CHARACTERS for text in texts)


def _is_marker_line(tokens: list[Token], line: range, lex: Lexicon) -> bool:
    found = lex.nest_before_set.match_span(tokens, line.start) if len(line) else None
    if found is None:
        return False
    rest = [k for k in range(line.start + found[1], line.stop) if tokens[k].text != ":"]
    return not rest


def _header(
    tokens: list[Token], table: list[Row], lex: Lexicon, measures: frozenset[int] = frozenset()
) -> tuple[list[str] | None, list[Row]]:
    """The act each column names (its trigger, '' for the label column and columns with
    none), and the rows under the header; ``None`` when no row before the numbers names an
    act. A number that measures rather than counts ("onlardan 65 yaşdan yuxarı", "of whom
    over 65 years", at ``measures``), or the age of a limit ("of whom under 18"), is a
    header's word, not a row's figure."""
    for k, row in enumerate(table):
        if row == [[_MARKER_INDEX]]:
            return None, []
        if any(_holds_a_count(tokens, cell, lex, measures) for cell in row):
            return None, []
        acts = [_act(tokens, cell, lex) for cell in row]
        if any(acts[1:]):
            return ["", *acts[1:]], table[k + 1 :]
    return None, []


def _label_column_left_unnamed(
    tokens: list[Token], table: list[Row], lex: Lexicon, measures: frozenset[int]
) -> list[Row]:
    """ "Погибшие | Раненые" over "Мужчины | 41 | 120": a header that leaves the label column
    unnamed has a cell fewer than every row under it, and its first cell already names the
    act of the first column of numbers; an empty label cell set before it lines it up."""
    for k, row in enumerate(table):
        if row == [[_MARKER_INDEX]] or any(_holds_a_count(tokens, c, lex, measures) for c in row):
            return table
        if not any(_act(tokens, cell, lex) for cell in row):
            continue  # a title line above the header
        below = [r for r in table[k + 1 :] if r != [[_MARKER_INDEX]]]
        if below and _act(tokens, row[0], lex) and all(len(r) == len(row) + 1 for r in below):
            return [*table[:k], [[], *row], *table[k + 1 :]]
        return table
    return table


def _holds_a_count(
    tokens: list[Token], cell: list[int], lex: Lexicon, measures: frozenset[int]
) -> bool:
    """Does a cell hold a number that counts? Not one that measures, nor the age of an age
    limit that names a group ("of whom under 18")."""
    numbers = [j for j in cell if j >= 0 and tokens[j].kind in ("num", "numdate")]
    if not numbers or all(j in measures for j in numbers):
        return False
    return not group_of_an_age_limit(tokens, cell[0], cell[-1] + 1, lex.language)


def _act(tokens: list[Token], cell: list[int], lex: Lexicon) -> str:
    """The act a cell names: by a verb or its participle ("Killed", "Saxlanılıb"), or else
    by a noun of persons that says what befell them ("Köçkünlər", "IDPs", «Заложники»)."""
    return _act_by_verb(tokens, cell, lex) or _act_by_noun(tokens, cell, lex)


def _caption_act(tokens: list[Token], cell: list[int], lex: Lexicon) -> str:
    """The act a caption names: a verb that tells what befell them, else a noun of persons
    that says it, before a verb that only says they were counted ("Registered IDPs",
    «Зарегистрированные внутренне перемещённые лица»)."""
    verbs = [_act_by_verb(tokens, [j], lex) for j in cell]
    told = [verb for verb in verbs if verb and verb not in PENDING]
    counted = [verb for verb in verbs if verb in PENDING]
    return next(iter(told), "") or _act_by_noun(tokens, cell, lex) or next(iter(counted), "")


def _act_by_verb(tokens: list[Token], cell: list[int], lex: Lexicon) -> str:
    for j in cell:
        trigger = lex.trigger_set.match(tokens, j)
        if trigger is not None:
            return str(trigger.value)
    return ""


def _act_by_noun(tokens: list[Token], cell: list[int], lex: Lexicon) -> str:
    for j in cell:
        noun = lex.noun_set.match(tokens, j)
        if noun is not None and str(noun.value).startswith(_IMPLIED):
            return str(noun.value)[len(_IMPLIED) :]
    return ""


_IMPLIED = "implied:"


def _figures(
    tokens: list[Token],
    header: list[str],
    rows: list[Row],
    quantities: list[Quantity],
    lex: Lexicon,
    column_nouns: list[str] | None = None,
    within_row: dict[int, tuple[int, str]] | None = None,
) -> list[Figure]:
    within_row = within_row or {}
    at = {q.first: q for q in quantities}
    totals: dict[int, Figure] = {}
    parts: list[tuple[int, Figure]] = []
    made: list[Figure] = []
    # The figures of the row before a line that is only a marker of parts, whose parts the
    # rows after it are, column by column.
    last: dict[int, Figure] = {}
    whole: dict[int, Figure] = {}
    for row in rows:
        label = row[0]
        if label == [_MARKER_INDEX]:
            whole = dict(last)
            continue
        last = {}
        total = _total(tokens, label)
        noun = "" if total else _noun(tokens, label, lex)
        if noun.startswith("property:") and set(column_nouns or ()) & {GRAVE, BODY}:
            noun = ""  # graves and remains lie in a place: "Ağtala kəndi | 2 | 31" is its
        for column, cell in enumerate(row[1:], start=1):
            quantity = _cell_quantity(tokens, at, cell)
            whole_column, group = within_row.get(column, (column, ""))
            # A column of a group's part ("of whom minors") names no act: its whole's is its.
            act = (header[column] or header[whole_column]) if column < len(header) else ""
            nouns = column_nouns or []  # a header broken over lines may have fewer cells
            counted = group or noun or (nouns[column] if column < len(nouns) else "")
            # A column of graves counts burial sites though its header names no act
            # ("Məzarlıq sayı", "Graves").
            if quantity is None or not (act or counted == GRAVE):
                continue
            category = resolve_category(act, counted or PERSON)
            if not category or quantity.non_count:
                continue
            figure = Figure(quantity, category, subgroup_of(counted), bound="table")
            made.append(figure)
            last[column] = figure
            if column in within_row:
                figure.parent = last.get(whole_column)
            elif total:
                totals[column] = figure
            elif column in whole:
                figure.parent = whole[column]
            elif noun:
                parts.append((column, figure))
    for column, figure in parts:
        figure.parent = totals.get(column)
    return made


def _total(tokens: list[Token], label: list[int]) -> bool:
    words = [tokens[j].text.casefold() for j in label]
    return any(w in _TOTALS for w in words) or (bool(words) and words[0] in _ALL)


def _header_row(tokens: list[Token], table: list[Row], lex: Lexicon) -> Row:
    """The first row whose cells after the label name an act."""
    return next((row for row in table if any(_act(tokens, c, lex) for c in row[1:])), [])


def _column_nouns(tokens: list[Token], header: Row, lex: Lexicon) -> list[str]:
    """The property each header cell names ("Homes destroyed"), or the graves or remains it
    counts ("Məzarlıq sayı", "Çıxarılan qalıqlar": remains brought out are found dead, where
    persons brought out are not), '' where it names none."""
    return [_column_noun(tokens, cell, lex) if cell != [_MARKER_INDEX] else "" for cell in header]


def _column_noun(tokens: list[Token], cell: list[int], lex: Lexicon) -> str:
    named = _noun(tokens, cell, lex)
    if named:
        return named
    for j in cell:
        found = lex.noun_set.match_span(tokens, j)
        if found is not None and found[0].value in (GRAVE, BODY):
            return str(found[0].value)
    return ""


def _on_its_side(
    tokens: list[Token], table: list[Row], quantities: list[Quantity], lex: Lexicon
) -> list[Figure]:
    """The figures of a table whose first cells name the acts and whose header row, if it
    has one, names places or periods: each column a figure of its own, as a row of a
    district is; a row opened by a marker of parts counts its group among the row above in
    the same column."""
    head, body = table[0], table[1:]
    if any(tokens[j].kind in ("num", "numdate") for cell in head for j in cell if j >= 0):
        head, body = [], table  # no header: "Killed | 112" / "Injured | 340"
    if not body or not _act(tokens, body[0][0], lex):
        return []
    at = {q.first: q for q in quantities}
    made: list[Figure] = []
    above: dict[int, Figure] = {}
    act = ""
    totals = [c for c, cell in enumerate(head) if c and cell and _total(tokens, cell)]
    groups = _column_groups(tokens, head, lex)
    for row in body:
        label = row[0]
        named = _act(tokens, label, lex) if label != [_MARKER_INDEX] else ""
        part = bool(label) and lex.nest_before_set.match(tokens, label[0]) is not None
        if not named and not part:
            continue
        act = named or act
        noun = _noun(tokens, label, lex)
        for column, cell in enumerate(row[1:], start=1):
            quantity = _cell_quantity(tokens, at, cell)
            counted = noun or groups.get(column, "")
            category = resolve_category(act, counted or PERSON)
            if quantity is None or not category or quantity.non_count:
                continue
            figure = Figure(quantity, category, subgroup_of(counted), bound="table")
            if named:
                above[column] = figure
            else:
                figure.parent = above.get(column)
            made.append(figure)
        if named and len(totals) == 1 and totals[0] in above:
            _groups_of_the_total(above, totals[0], groups)
    return made


def _column_groups(tokens: list[Token], head: Row, lex: Lexicon) -> dict[int, str]:
    """The columns of a table on its side whose header names a group of persons ("Category |
    Total | Women | Children"): each counts that group, a part of the row's total."""
    found = {c: _noun(tokens, cell, lex) for c, cell in enumerate(head) if c and cell}
    return {c: noun for c, noun in found.items() if names_group(noun)}


def _groups_of_the_total(above: dict[int, Figure], total: int, groups: dict[int, str]) -> None:
    for column in groups:
        figure = above.get(column)
        if figure is not None and figure.parent is None:
            figure.parent = above[total]


def _noun(tokens: list[Token], label: list[int], lex: Lexicon) -> str:
    """The group or property a cell names, by its noun or, with none, by an age limit alone
    ("onlardan 65 yaşdan yuxarı", "of whom under 18") or before a noun of persons that names
    no group ("60 yaşdan yuxarı şəxslər", persons over 60)."""
    nouns: list[str] = []
    persons_last = False
    for j in label:
        found = lex.noun_set.match_span(tokens, j)
        if found is not None:
            value = str(found[0].value)
            if names_group(value) or value.startswith("property:"):
                nouns.append(value)
            persons_last = value == PERSON and j + found[1] == label[-1] + 1
    if not nouns and label and label[0] >= 0:
        past = label[-1] + 1
        group = group_of_an_age_limit(tokens, label[0], past, lex.language)
        if not group and persons_last and lex.language == "az":
            group = group_of_an_age_limit(tokens, label[0], label[-1], lex.language)
        return group
    return broadest(nouns)


def _cell_quantity(
    tokens: list[Token], at: dict[int, Quantity], cell: list[int]
) -> Quantity | None:
    """The quantity a cell holds, kept within its cell: a number that ends a row took the next
    row's label for its noun ("40" / "Total"), which is no part of what it says."""
    found = next((at[j] for j in cell if j in at), None) or _bare(tokens, cell)
    if found is not None and found.np_first >= 0 and found.np_first not in cell:
        return replace(found, np_first=-1, np_last=-1)
    return found


def _bare(tokens: list[Token], cell: list[int]) -> Quantity | None:
    """A cell that is a number alone counts it, though the date grammar took it for a day
    («Апрель | 7 | 19» above «Май | …»: a cell ends at its pipe and its line)."""
    if len(cell) != 1 or tokens[cell[0]].kind not in ("num", "numdate"):
        return None
    value = tokens[cell[0]].value
    if value is None or value != int(value):
        return None
    return Quantity(cell[0], cell[0], count=int(value))
