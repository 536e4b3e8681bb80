"""Figure sheets written a count first on each line, a dash, then what it counts ("326 —
задержанных за неделю", "0 - deaths", "~150 - students expelled …"), as weekly bulletins
set out their numbers. The dash only sets the count off from its words, and the line ends
its entry without a stop. So each such entry is read as the sentence it stands for: without
the dash ("326 задержанных за неделю"), and with a full stop over the gap after the entry
(after its wrapped lines, which go on in lower case: "из них 48 женщин …").

Only a sheet is read so, two such lines or more; a single line opening with a count and a
dash may be the wrapped rest of a sentence. A range of numbers ("14 – 15 мая …") opens no
entry. Azerbaijani puts the noun of such an entry at its end ("284 — həftə ərzində
saxlanılanlar"), where a count without its dash would take the first word after it for its
noun, so the sheets are read so in English and Russian alone. The marks are tokens of their
own over the gaps they stand for, so every offset into the text stays as it was.
"""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import BULLETS, FULL_STOPS, Token, lines

# What may stand before a sheet's count, or glued after it: "≈ 200 —", "~150 -", "1,800+ -".
_ROUGHLY_SIGNS = frozenset("≈~")
_MORE_SIGN = "+"
# The fewest entries that make a sheet.
_FEWEST_ENTRIES = 2


def read_sheet_lines(tokens: list[Token], language: str) -> list[Token]:
    """``tokens`` with each entry of a figure sheet written as a sentence of its own."""
    if language not in {"en", "ru"}:
        return tokens
    spans = lines(tokens)
    entries = [(n, dash) for n, (start, _) in enumerate(spans) if (dash := _dash(tokens, start))]
    if len(entries) < _FEWEST_ENTRIES:
        return tokens
    dropped = {dash for _, dash in entries}
    stops: set[int] = set()  # the last token of each entry
    for n, _ in entries:
        last = n
        while last + 1 < len(spans) and _wrapped(tokens, spans[last + 1][0]):
            last += 1
        stops.add(spans[last][1] - 1)
    out: list[Token] = []
    for k, token in enumerate(tokens):
        if k in dropped:
            continue
        out.append(token)
        if k in stops and token.text not in FULL_STOPS:
            after = tokens[k + 1].start if k + 1 < len(tokens) else token.end
            stop = Token(text=".", start=token.end, end=after, kind="punct", space_before=False)
            stop.lower = stop.key = "."
            out.append(stop)
    return out


def _dash(tokens: list[Token], start: int) -> int:
    """The dash of a sheet's entry on the line opening at ``start``, else 0."""
    if start >= len(tokens):
        return 0
    k = start + (tokens[start].text in _ROUGHLY_SIGNS)
    if k >= len(tokens) or tokens[k].kind != "num" or (k > start and tokens[k].newline_before):
        return 0
    k += 1
    if k < len(tokens) and tokens[k].text == _MORE_SIGN and not tokens[k].space_before:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].text not in BULLETS or not tokens[k].space_before:
        return 0
    following = tokens[k + 1]
    return k if following.kind == "word" and not following.newline_before else 0


def _wrapped(tokens: list[Token], start: int) -> bool:
    """Does the line opening at ``start`` go on with the sentence before it (one break, a
    word in lower case)?"""
    token = tokens[start]
    return token.newline_before == 1 and token.kind == "word" and token.text[:1].islower()
