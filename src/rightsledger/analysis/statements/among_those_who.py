"""Russian «Среди тех, кого мы ждём, – 318 женщин и 94 ребёнка»: the counts after a relative
«those whom (who) …» that opens with «среди» (among) or «из» (of) are parts of the persons that
clause describes. Where the clause tells an act of ours («среди тех, кого задержали»), the whole
is the latest figure of that act before; where it tells only what others do for them (we wait
for them, search for them), it takes up the persons still away counted last before (the
missing, the disappeared, the captive or held; not the dead found since): that figure is the
whole, and its act the parts'."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.figures.core import subgroup_of
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, DASHES, Token

_AMONG = frozenset({"среди", "из"})
_THOSE = frozenset({"тех"})
_WHO = frozenset({"кого", "кто", "которых"})
# The fates of persons still away, whom others wait for or search for: not the dead, nor
# those back already.
_AWAITED = frozenset({"missing", "disappeared", "captured", "detained"})
# Words of a time gone by after its unit: «годом ранее», «месяц назад».
_AGO = frozenset({"назад", "ранее", "раньше"})
# How long the relative clause may run to its closing comma.
_REACH = 10


def nest_among_those_who(
    tokens: list[Token],
    quantities: list[Quantity],
    figures: list[Figure],
    lex: Lexicon,
    language: str,
) -> list[Figure]:
    """``figures``, with the counts after «среди тех, кого …, –» made parts of their whole."""
    if language != "ru":
        return figures
    held = {id(f.quantity): f for f in figures}
    added: list[Figure] = []
    for k in range(len(tokens) - 3):
        if not _opens_those_who(tokens, k):
            continue
        comma = _end_of_relative(tokens, k + 4)
        if comma is None:
            continue
        act = _act_in(tokens, k + 4, comma, lex)
        whole = _whole(tokens, figures, k, act)
        if whole is None:
            continue
        for quantity in _counts_after(tokens, quantities, comma + 1):
            figure = held.get(id(quantity))
            if figure is None:
                figure = Figure(quantity, bound="nested")
                added.append(figure)
            elif figure.category not in {"", whole.category} or figure.parent is not None:
                continue
            figure.category, figure.parent = whole.category, whole
            if figure.subgroup == "all":
                figure.subgroup = subgroup_of(quantity.noun)
    return [*figures, *added]


def _opens_those_who(tokens: list[Token], k: int) -> bool:
    return (
        tokens[k].lower in _AMONG
        and tokens[k + 1].lower in _THOSE
        and tokens[k + 2].text == ","
        and tokens[k + 3].lower in _WHO
    )


def _end_of_relative(tokens: list[Token], k: int) -> int | None:
    """The comma that closes the relative clause, with no stop before it."""
    for j in range(k, min(len(tokens), k + _REACH)):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in CLAUSE_STOPS or (
            tokens[j].kind != "word"
            and tokens[j].text not in DASHES
            and not _hyphen_in_a_word(tokens[j])
        ):
            return None
    return None


def _hyphen_in_a_word(token: Token) -> bool:
    """The hyphen inside «по-прежнему», «всё-таки»: part of a word of the clause."""
    return token.text == "-" and not token.space_before


def _act_in(tokens: list[Token], k: int, end: int, lex: Lexicon) -> str:
    for j in range(k, end):
        matched = lex.trigger_set.match_span(tokens, j)
        if matched is not None:
            return resolve_category(matched[0].value, PERSON)
    return ""


def _whole(tokens: list[Token], figures: list[Figure], k: int, act: str) -> Figure | None:
    """The figure the relative clause takes up: the latest of its act, or with none told the
    latest of persons still away, not a number only cited."""
    before = [
        f for f in figures
        if f.category and f.parent is None and f.quantity.end_token < k
        and not _as_it_stood_before(tokens, f.quantity)
    ]  # fmt: skip
    if act:
        before = [f for f in before if f.category == act]
    else:
        before = [
            f for f in before
            if f.category in _AWAITED and not _a_number_cited(tokens, f.quantity)
        ]  # fmt: skip
    return max(before, key=lambda f: f.quantity.first) if before else None


def _as_it_stood_before(tokens: list[Token], quantity: Quantity) -> bool:
    """«Годом ранее их было 2 917», «неделю назад — 145»: a count told as it stood at a time
    gone by, in a clause opened by it, is not the persons the clause takes up now."""
    for j in range(quantity.first - 1, max(-1, quantity.first - _REACH), -1):
        if tokens[j].text in CLAUSE_STOPS or tokens[j].text == ",":
            return False
        if tokens[j].lower in _AGO:
            return True
    return False


def _a_number_cited(tokens: list[Token], quantity: Quantity) -> bool:
    """«Мы называли цифру 2 790»: a number cited as a number (an earlier one, a rival one) is
    no count of the persons the clause takes up."""
    k = quantity.first - 1
    return k >= 0 and tokens[k].lower.startswith("цифр")


def _counts_after(tokens: list[Token], quantities: list[Quantity], k: int) -> list[Quantity]:
    """The counts listed after the comma at ``k - 1``, past a dash, to the end of the clause."""
    if k < len(tokens) and tokens[k].text in DASHES:
        k += 1
    end = k
    while end < len(tokens) and tokens[end].text not in CLAUSE_STOPS:
        end += 1
    return [
        q for q in quantities
        if k <= q.first < end and not q.non_count and q.count is not None
    ]  # fmt: skip
