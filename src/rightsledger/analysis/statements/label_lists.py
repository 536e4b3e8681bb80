"""Lists that set each label before its number after a heading that names the act: «Разрушено
полностью: частных домов — 163, школ — 3», "Tamamilə dağılıb: fərdi yaşayış evi — 96, məktəb —
2", "Destroyed: houses — 52, schools — 3".

Damage summaries and casualty sheets write a table on one line: the heading before the colon
names the act (the header row of a table), each item a row, its label what the number counts,
a dash between them. They are read as tables (``tables``): a group's row is a part of the total
row ("всего — 20"), a row of property counts that property. A list needs two items, so that a
dash in running text ("the toll — 12") is not taken for one.
"""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.tokens import DASHES, Token, sentences

Row = list[list[int]]  # a row's cells, each the indices of its tokens

_DASHES = DASHES | {"-"}
_ITEM_ENDS = frozenset({",", ";", "."})
_MINIMUM_ITEMS = 2


def label_lists(tokens: list[Token], lex: Lexicon) -> list[tuple[list[str], list[Row]]]:
    """Each list as (header, rows) in the shape of a table: the header's second column the
    act its heading names, each row its label's tokens and its number's."""
    found: list[tuple[list[str], list[Row]]] = []
    for begin, end in sentences(tokens):
        colon = next((k for k in range(begin, end) if tokens[k].text == ":"), None)
        if colon is None:
            continue
        act = _heading_act(tokens, begin, colon, lex)
        rows = _items(tokens, colon + 1, end) if act else []
        if len(rows) >= _MINIMUM_ITEMS:
            found.append((["", act], rows))
    return found


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
