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

from rightsledger.analysis.statements.figures.core import ACTS_OF_A_FATE_NAMED_ELSEWHERE
from rightsledger.analysis.statements.lexicon import Lexicon, names_group
from rightsledger.analysis.statements.quantities.ages import AGE_LIMITS, AGE_WORDS
from rightsledger.analysis.statements.tokens import DASHES, Token, sentences

Row = list[list[int]]  # a row's cells, each the indices of its tokens
Table = tuple[list[str], list[Row]]  # a header of acts (its first cell the rows' labels) and rows

_DASHES = DASHES | {"-"}
_ITEM_ENDS = frozenset({",", ";", "."})
_MINIMUM_ITEMS = 2
_YEARS = frozenset({"лет", "года", "год", "years", "yaş", "yaşdan"})
_SLASH = "/"
# The one cell of a row that is only a marker of parts: the rows after it are parts of the
# row before it (``tables``).
PARTS_MARKER = -1


def label_lists(tokens: list[Token], lex: Lexicon) -> list[Table]:
    """Each list as (header, rows) in the shape of a table: the header's second column the
    act its heading names, each row its label's tokens and its number's; acts paired with
    their counts by slashes as one row under a header of those acts."""
    found: list[Table] = []
    for begin, end in sentences(tokens):
        broken_down = _total_then_groups(tokens, begin, end, lex)
        if broken_down is not None:
            found.append(broken_down)
            continue
        colon = next((k for k in range(begin, end) if tokens[k].text == ":"), None)
        if colon is None:
            continue
        paired = _paired_by_slashes(tokens, begin, colon, end, lex)
        if paired is not None:
            found.append(paired)
            continue
        act = _heading_act(tokens, begin, colon, lex)
        rows = _items(tokens, colon + 1, end, lex=lex) if act else []
        if len(rows) >= _MINIMUM_ITEMS:
            found.append((["", act], rows))
    return found


def _total_then_groups(tokens: list[Token], begin: int, end: int, lex: Lexicon) -> Table | None:
    """ "Killed — 45, of them women — 12, children — 9", «Погибших – 45; из них женщин – 12,
    детей – 9», "Həlak olanlar: 45, o cümlədən qadınlar: 12": the act's label and its count,
    then groups each with its count, as a table whose first row is the total and whose rows
    after it its parts."""
    mark = next((k for k in range(begin, end) if _is_mark(tokens[k])), None)
    if mark is None or mark + 2 >= end:
        return None
    act = _heading_act(tokens, begin, mark, lex)
    if not act or tokens[mark + 1].kind != "num" or tokens[mark + 2].text not in {",", ";"}:
        return None
    k = mark + 3
    for phrases in (lex.nest_before_set, lex.nest_after_set):
        nest = phrases.match_span(tokens, k)
        if nest is not None:
            k += nest[1]
    rows = _items(tokens, k, end, marks_too=True)
    if not rows or not all(_names_a_group(tokens, label, lex) for label, _ in rows):
        return None
    return ["", act], [[[], [mark + 1]], [[PARTS_MARKER]], *rows]


def _names_a_group(tokens: list[Token], label: list[int], lex: Lexicon) -> bool:
    noun = lex.noun_set.match_span(tokens, label[0])
    return noun is not None and noun[1] == len(label) and names_group(noun[0].value)


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
    acts = [
        str(trigger.value)
        for k in heading
        if (trigger := lex.trigger_set.match(tokens, k)) is not None
    ]
    # "Registered arrivals by group:": an act that names no fate of its own takes the fate
    # of the act after it.
    named = [act for act in acts if act not in ACTS_OF_A_FATE_NAMED_ELSEWHERE]
    return (named or acts or [""])[0]


def _items(
    tokens: list[Token], k: int, end: int, *, marks_too: bool = False, lex: Lexicon | None = None
) -> list[Row]:
    """The "label — number" items from ``k``, up to the first that is not one; ``marks_too``:
    a colon may stand for the dash ("women: 12"). A label may say an age («лиц старше 70 лет
    — 1 096»). Given ``lex``, an aside of parts after an item in a list split by semicolons
    («детей — 9 211, в том числе 743 …; женщин — 8 370») is passed over to the next item."""
    rows: list[Row] = []
    while k < end:
        label: list[int] = []
        while k < end and (tokens[k].kind == "word" or age_in_a_label(tokens, k, end)):
            label.append(k)
            k += 1
        mark = _is_mark(tokens[k]) if marks_too and k < end else k < end and _is_dash(tokens[k])
        if not label or not mark:
            break
        k += 1
        cell: list[int] = []
        while k < end and tokens[k].text not in _ITEM_ENDS:
            if lex is not None and _opens_an_aside_of_parts(tokens, k, lex):
                break
            cell.append(k)
            k += 1
        if not cell or tokens[cell[0]].kind != "num" or len(cell) > 2:
            break
        rows.append([label, cell])
        if lex is not None and k < end and tokens[k].text == "(":
            k = _past_the_bracket(tokens, k, end)
        if lex is not None and k < end and tokens[k].text == ",":
            k = _past_an_aside_of_parts(tokens, k, end, lex)
        k += 1  # past the comma
    return rows


def _opens_an_aside_of_parts(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a bracket open at ``k`` with a marker of parts ("uşaqlar — 3.747 (o cümlədən 158
    uşaq)", "children — 412 (including 30 …)")? The aside counts some of the item's own
    count, read apart as the prose it is, and is no part of the item's cell."""
    return tokens[k].text == "(" and lex.nest_before_set.match(tokens, k + 1) is not None


def _past_the_bracket(tokens: list[Token], k: int, end: int) -> int:
    """The token after the bracket that closes the one opening at ``k`` (``end`` if none)."""
    return next((j + 1 for j in range(k + 1, end) if tokens[j].text == ")"), end)


def age_in_a_label(tokens: list[Token], k: int, end: int) -> bool:
    """Is the number at ``k`` an age in a label, a word of years after it («старше 70 лет»)
    or a word of age or an age's limit before it ("aged 60 and over", "under 18")?"""
    if tokens[k].kind != "num":
        return False
    if k + 1 < end and tokens[k + 1].lower in _YEARS:
        return True
    return k > 0 and tokens[k - 1].lower in AGE_WORDS | AGE_LIMITS


def _past_an_aside_of_parts(tokens: list[Token], comma: int, end: int, lex: Lexicon) -> int:
    """The semicolon ending an aside of parts that opens after the comma at ``comma``, or the
    comma itself where none opens there. With no semicolon after it, the list is split by
    commas (items set one a line and run in: "Children — 3,500, including 120 who came
    alone, Men — 2,000"): the aside ends at the next comma."""
    if lex.nest_before_set.match(tokens, comma + 1) is None:
        return comma
    marks = (";", ",")
    for mark in marks:
        found = next((j for j in range(comma + 1, end) if tokens[j].text == mark), None)
        if found is not None:
            return found
    return comma


def _is_dash(token: Token) -> bool:
    return token.text in _DASHES and (token.text != "-" or token.space_before)


def _is_mark(token: Token) -> bool:
    """A dash or a colon between a label and its count."""
    return token.text == ":" or _is_dash(token)
