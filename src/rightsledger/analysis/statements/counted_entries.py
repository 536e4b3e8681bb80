"""A bulletin's entries, each a line that opens with a count, a dash and whom it counts:
"412 – people detained in seven cities this week", "31 – of the detained who say they were
beaten", "0 – deaths", «326 — задержанных за неделю», «22 — из числа задержанных сообщили
об избиениях», "~150 – students expelled".

The dash stands where a sentence writes nothing: the line is read as the sentence it stands
for ("412 people detained in seven cities this week"), so the dash is left out of the tokens
and the line's first token marked as opening a sentence of its own (``tokens.ENTRY``): the
entries follow each other with no stop between them. A dash after a count inside a line (a
range "12 – 14", an aside) is no entry's, and a line with nothing after its dash is none.
"""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import DASHES, ENTRY, Token, lines

# What may stand before and after an entry's count: "~150 –", "≈ 200 —", "1,800+ –".
_BEFORE_THE_COUNT = frozenset({"~", "≈", ">", "<"})
_AFTER_THE_COUNT = frozenset({"+"})
# Numbers that name no count at the head of a line: "1 – Introduction" is a section's; an
# entry of a bulletin stands among others, so a line alone is left as written.
_ENTRIES_AT_LEAST = 2


def join_counted_entries(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the dash of each entry that opens a line with a count, when the
    text has at least two such lines."""
    dashes = [dash for first, end in lines(tokens) if (dash := _entry_dash(tokens, first, end))]
    if len(dashes) < _ENTRIES_AT_LEAST:
        return tokens
    for dash in dashes:
        line_start = dash - 1
        while line_start > 0 and not tokens[line_start].newline_before:
            line_start -= 1
        tokens[line_start].extras[ENTRY] = "1"
    left_out = set(dashes)
    return [t for k, t in enumerate(tokens) if k not in left_out]


def _entry_dash(tokens: list[Token], first: int, end: int) -> int | None:
    """The dash of the entry on the line ``first``..``end``, if the line is one."""
    if first >= end:
        return None
    k = first + (tokens[first].text in _BEFORE_THE_COUNT)
    if k >= end or tokens[k].kind != "num":
        return None
    k += 1
    if k < end and tokens[k].text in _AFTER_THE_COUNT and not tokens[k].space_before:
        k += 1
    if k + 1 >= end or tokens[k].text not in DASHES or not tokens[k].space_before:
        return None
    return k if tokens[k + 1].kind == "word" else None
