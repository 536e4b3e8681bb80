"""Lists that set each label before its number after a heading that names the act: «Разрушено
полностью: частных домов — 163, школ — 3», "Tamamilə dağılıb: fərdi yaşayış evi — 96, məktəb —
2", "Destroyed: houses — 52, schools — 3".

Damage summaries and casualty sheets write a table on one line: the heading before the colon
names the act (the header row of a table), each item a row, its label what the number counts,
a dash between them. They are read as tables (``tables``): a group's row is a part of the total
row ("всего — 20"), a row of property counts that property. A list needs two items, so that a
dash in running text ("the toll — 12") is not taken for one.

Acts paired with their counts by slashes ("Killed/injured: 45/130", «Погибли/ранены: 12/40",
"Həlak olub / yaralanıb: 3 / 9") are such a table too: the heading names an act for each count
after the colon, in the same order, and the two lists must be as long as each other.
"""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.tokens import DASHES, Token, sentences

Row = list[list[int]]  # a row's cells, each the indices of its tokens
Table = tuple[list[str], list[Row]]  # a header of acts (its first cell the rows' labels) and rows

_DASHES = DASHES | {"-"}
_ITEM_ENDS = frozenset({",", ";", "."})
_MINIMUM_ITEMS = 2
_SLASH = "/"


def label_lists(tokens: list[Token], lex: Lexicon) -> list[Table]:
    """Each list as (header, rows) in the shape of a table: the header's second column the
    act its heading names, each row its label's tokens and its number's; acts paired with
    their counts by slashes as one row under a header of those acts."""
    found: list[Table] = []
    for begin, end in sentences(tokens):
        colon = next((k for k in range(begin, end) if tokens[k].text == ":"), None)
        if colon is None:
            continue
        paired = _paired_by_slashes(tokens, begin, colon, end, lex)
        if paired is not None:
            found.append(paired)
            continue
        act = _heading_act(tokens, begin, colon, lex)
        rows = _items(tokens, colon + 1, end) if act else []
        if len(rows) >= _MINIMUM_ITEMS:
            found.append((["", act], rows))
    return found


def _paired_by_slashes(
    tokens: list[Token], begin: int, colon: int, end: int, lex: Lexicon
) -> Table | None:
    """ "Killed/injured: 45/130" as a header of acts and one row of their counts."""
    end_of_heading = colon
    opening = next((k for k in range(colon - 1, begin - 1, -1) if tokens[k].text == "("), None)
    if opening is not None and tokens[colon - 1].text == ")":
        begin, end_of_heading = opening + 1, colon - 1  # "Casualties (killed / wounded): 12 / 40"
    heading = _split_at_slashes(range(begin, end_of_heading), tokens)
    counts = _split_at_slashes(range(colon + 1, end), tokens, stops=_ITEM_ENDS)
    if len(heading) < 2 or len(heading) != len(counts):
        return None
    if not all(len(cell) == 1 and tokens[cell[0]].kind == "num" for cell in counts):
        return None
    acts = [_heading_act(tokens, cell[0], cell[-1] + 1, lex) if cell else "" for cell in heading]
    if not all(acts):
        return None
    return ["", *acts], [[[], *counts]]


def _split_at_slashes(span: range, tokens: list[Token], stops: frozenset[str] = frozenset()) -> Row:
    """The tokens of ``span`` in the pieces its slashes split it into, up to a stop."""
    pieces: Row = [[]]
    for k in span:
        if tokens[k].text in stops:
            break
        if tokens[k].text == _SLASH:
            pieces.append([])
        else:
            pieces[-1].append(k)
    return pieces


def _heading_act(tokens: list[Token], begin: int, colon: int, lex: Lexicon) -> str:
    """The act the words before the colon name, if they hold no number."""
    heading = range(begin, colon)
    if any(tokens[k].kind in ("num", "numdate") for k in heading):
        return ""
    for k in heading:
        trigger = lex.trigger_set.match(tokens, k)
        if trigger is not None:
            return str(trigger.value)
    return ""


def _items(tokens: list[Token], k: int, end: int) -> list[Row]:
    """The "label — number" items from ``k``, up to the first that is not one."""
    rows: list[Row] = []
    while k < end:
        label: list[int] = []
        while k < end and tokens[k].kind == "word":
            label.append(k)
            k += 1
        if not label or k >= end or not _is_dash(tokens[k]):
            break
        k += 1
        cell: list[int] = []
        while k < end and tokens[k].text not in _ITEM_ENDS:
            cell.append(k)
            k += 1
        if not cell or tokens[cell[0]].kind != "num" or len(cell) > 2:
            break
        rows.append([label, cell])
        k += 1  # past the comma
    return rows


def _is_dash(token: Token) -> bool:
    return token.text in _DASHES and (token.text != "-" or token.space_before)
