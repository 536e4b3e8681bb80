"""Tables and fact sheets laid out with spaces or leader dots instead of pipes and colons.

Reports typed as plain text align their columns with runs of spaces or tabs ("Month    Killed
   Injured" / "April        7        19") and lead a label to its figure with dots ("Killed
.......... 45", «Погибли ........ 45», "Həlak olanlar ....... 45"). Nothing else in such a text
binds a number to its column or its label, and read as running text each number takes the
words of the next line. So the layout is written back as the marks the rest of the reader
knows: a gap of two or more spaces (or a tab) between the cells of two or more lines laid out
alike becomes a pipe between cells (``tables``), and a run of leader dots between a label and
its figure a colon (``labels``). The marks are tokens of their own spanning the gap or the
dots, so every offset into the text stays as it was.
"""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import LABEL_WORDS, Token, lines

# What a leader is made of, and how long a run must be: three dots are an ellipsis ("and
# then... 45 more"), four or more a leader; dots set apart by spaces (". . . .") count one each.
_LEADER_MARKS = frozenset({".", "…", "·", "_"})
_LEADER_LENGTH = 4
# Among lines led by leaders, a run as short as an ellipsis is a leader too: a long label
# leaves a typist little room for dots ("Bodies recovered and handed over ... 18").
_SHORT_LEADER_LENGTH = 3
# A leader's figure ends its line: a number, with at most a qualifier before it ("about
# 2,300", «около 300») or a closing mark after it.
_AFTER_LEADER = 4
# A gap between cells: a tab, or this many spaces or more.
_CELL_GAP = 2
# A gap after these ends a sentence or a clause: two spaces after a full stop are a typist's
# habit, not a column.
_PROSE_STOPS = frozenset(".!?;,:")
_PIPE = "|"


def mark_layout(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a pipe between the aligned cells of a plain-text table and a colon in
    place of each leader of dots."""
    return _cells_as_pipes(text, _leaders_as_colons(tokens))


def _leaders_as_colons(tokens: list[Token]) -> list[Token]:
    line_of = _line_numbers(tokens)
    led = {line_of[k] for k in range(1, len(tokens)) if _leads(tokens, k, _LEADER_LENGTH)}
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        beside_leaders = line_of[k] - 1 in led or line_of[k] + 1 in led
        end = _leader_end(tokens, k, _SHORT_LEADER_LENGTH if beside_leaders else _LEADER_LENGTH)
        if end > k and out and _ends_label(out[-1]) and not tokens[k].newline_before:
            first, last = tokens[k], tokens[end - 1]
            out.append(Token(text=":", start=first.start, end=last.end, kind="punct",
                             space_before=first.space_before, newline_before=0))  # fmt: skip
            k = end
            continue
        out.append(tokens[k])
        k += 1
    return out


def _ends_label(token: Token) -> bool:
    return token.is_word or token.text == ")"


def _leads(tokens: list[Token], k: int, shortest: int) -> bool:
    """Does a leader open at ``k``, after a label on its line?"""
    return (
        not tokens[k].newline_before
        and _ends_label(tokens[k - 1])
        and _leader_end(tokens, k, shortest) > k
    )


def _line_numbers(tokens: list[Token]) -> list[int]:
    """Each token's line, counting blank lines, so that lines a blank one parts are not
    neighbours."""
    numbers: list[int] = []
    line = 0
    for token in tokens:
        line += token.newline_before
        numbers.append(line)
    return numbers


def _leader_end(tokens: list[Token], k: int, shortest: int = _LEADER_LENGTH) -> int:
    """Past a run of at least ``shortest`` leader dots at ``k`` that a number ends the line
    after, else ``k``."""
    end = k
    length = 0
    while end < len(tokens) and tokens[end].text in _LEADER_MARKS:
        if end > k and tokens[end].newline_before:
            break
        length += 3 if tokens[end].text == "…" else 1
        end += 1
    if length < shortest:
        return k
    rest = end
    while rest < len(tokens) and not tokens[rest].newline_before:
        rest += 1
    after = tokens[end:rest]
    if not after or len(after) > _AFTER_LEADER or not any(t.kind == "num" for t in after):
        return k
    return end


def _cells_as_pipes(text: str, tokens: list[Token]) -> list[Token]:
    spans = lines(tokens)
    cuts = [_cell_cuts(text, tokens, first, last) for first, last in spans]
    table_lines: set[int] = set()
    run: list[int] = []
    for number, line_cuts in enumerate([*cuts, []]):
        same = run and len(line_cuts) == len(cuts[run[-1]]) and line_cuts
        if same and number < len(cuts) and tokens[spans[number][0]].newline_before == 1:
            run.append(number)
            continue
        if len(run) >= 2 and sum(_has_number(tokens, *spans[n]) for n in run) >= 2:
            table_lines.update(run)
        run = [number] if line_cuts else []
    cut_before = {k for number in table_lines for k in cuts[number]}
    out: list[Token] = []
    for k, token in enumerate(tokens):
        if k in cut_before:
            out.append(Token(text=_PIPE, start=tokens[k - 1].end, end=token.start,
                             kind="punct", space_before=True, newline_before=0))  # fmt: skip
        out.append(token)
    return out


def _cell_cuts(text: str, tokens: list[Token], first: int, last: int) -> list[int]:
    """The tokens of a line that open a cell after a wide gap, if the line is laid out in
    cells of a few words each with no pipe of its own; else none."""
    cuts = []
    words = 0
    for k in range(first, last):
        token = tokens[k]
        if token.text == _PIPE:
            return []
        if k > first and _wide_gap(text[tokens[k - 1].end : token.start]):
            if tokens[k - 1].text in _PROSE_STOPS:
                return []
            cuts.append(k)
            words = 0
        words += token.is_word
        if words > LABEL_WORDS:
            return []
    return cuts


def _wide_gap(gap: str) -> bool:
    return "\t" in gap or " " * _CELL_GAP in gap


def _has_number(tokens: list[Token], first: int, last: int) -> bool:
    return any(tokens[k].kind == "num" for k in range(first, last))
