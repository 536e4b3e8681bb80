"""Civilians as a group of their own: a count made by a word for civilians ("412 civilians
were killed", «погибли 412 мирных жителей», "412 dinc sakin həlak olub") is a figure of the
civilians, labelled so, as the statement said it.

Whether or not the statement counts servicemen beside them: civilian status is what the law of
armed conflict turns on, and a toll of civilians is not the toll of everyone (an earlier rule
kept civilians as everyone unless servicemen were counted apart; the statements the reader is
measured on have labelled them since sealed20). A none said of civilians ("no civilians were
injured", «жертв среди мирного населения не было») is a zero of the civilians, and a part
counted as civilians ("of whom 90 were civilians", «из них около 90 — гражданские») is the
civilians among its whole.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import CIVILIAN_STEMS
from rightsledger.analysis.statements.tokens import Token

CIVILIANS = "civilians"
# The word joining civilians to another kind of persons in one count.
_AND = frozenset({"and", "и", "və"})
# What stands between a part's number and a predicate that names it: "of them were", «из них —».
_BEFORE_PREDICATE = frozenset(
    {"of", "them", "whom", "were", "was", "are", "is", "из", "них", "которых", "—", "–",
     "были", "являются", "оказались", "a", "an"}
)  # fmt: skip


# The English copulas before a predicate noun, and how many words the group of a none ("of
# the dead") may take before one.
_COPULAS = frozenset({"was", "were", "is", "are"})
_GROUP_OF_NONE_REACH = 4
# How far before a word of none «среди» and the civilians it names may stand.
_AMONG_REACH = 4
# How many words before "arasında" name the group it is said of ("dinc əhali", "mülki şəxslər").
_AZ_GROUP_REACH = 2


def mark_civilians(tokens: list[Token], figures: list[Figure]) -> None:
    """Gives the subgroup "civilians" to every figure counted by a word for civilians."""
    for figure in figures:
        if figure.subgroup == "all" and _counts_civilians(tokens, figure):
            figure.subgroup = CIVILIANS


def _counts_civilians(tokens: list[Token], figure: Figure) -> bool:
    """Is the part counted by a word for civilians, after its number or as its predicate
    ("of whom 90 were civilians", «из них около 90 — гражданские»)?"""
    quantity = figure.quantity
    if quantity.zero_after_only:
        return _none_among_civilians(tokens, quantity.first)
    if quantity.np_first >= 0:
        phrase = tokens[quantity.np_first : quantity.np_last + 1]
        if any(t.lower in _AND for t in phrase):
            return False  # "servicemen and civilians": persons of every kind (paired_groups)
        return any(t.lower.startswith(CIVILIAN_STEMS) for t in phrase)
    if _label_names_civilians(tokens, quantity.first):
        return True  # "of whom civilians ..... 13": the label of the line names them
    k = quantity.end_token + 1
    if quantity.zero:
        k = _past_the_group_of_none(tokens, k)
    while k < len(tokens) and tokens[k].lower in _BEFORE_PREDICATE:
        k += 1
    if k < len(tokens) and tokens[k].newline_before and _after_a_label(tokens, quantity.first):
        return False  # "of whom in camps ..... 3,100 / Civilians killed ..... 41": next line's
    return k < len(tokens) and tokens[k].lower.startswith(CIVILIAN_STEMS)


def _after_a_label(tokens: list[Token], first: int) -> bool:
    """Does the count at ``first`` follow a label's colon (or the leader dots read as one),
    so that it ends the label's line and the next line says nothing of it?"""
    k = first - 1
    while k >= 0 and tokens[k].kind == "word" and not tokens[k].newline_before:
        k -= 1  # a qualifier before the number: "Displaced: about 2,300"
    return k >= 0 and tokens[k].text == ":"


def _label_names_civilians(tokens: list[Token], first: int) -> bool:
    """Does the label whose colon (or leader dots) the count at ``first`` follows, on its own
    line, hold a word for civilians («из них гражданских лиц ..... 13»)?"""
    colon = first - 1
    while colon >= 0 and tokens[colon].kind == "word" and not tokens[colon].newline_before:
        colon -= 1  # a qualifier before the number
    if colon < 0 or tokens[colon].text != ":":
        return False
    k = colon - 1
    while k >= 0 and not tokens[k].newline_before and tokens[k].text not in {".", ";", ":"}:
        k -= 1
    label = tokens[max(k, 0) : colon]
    return any(t.kind == "word" and t.lower.startswith(CIVILIAN_STEMS) for t in label)


def _past_the_group_of_none(tokens: list[Token], k: int) -> int:
    """Past "of the dead" in "none of the dead were civilians": the group a none is said of,
    up to its copula; ``k`` itself when no copula ends it."""
    if k >= len(tokens) or tokens[k].lower != "of":
        return k
    for j in range(k + 1, min(k + 1 + _GROUP_OF_NONE_REACH, len(tokens))):
        if tokens[j].kind != "word":
            return k
        if tokens[j].lower in _COPULAS:
            return j
    return k


def _none_among_civilians(tokens: list[Token], first: int) -> bool:
    """«жертв среди мирного населения не было», «погибших среди гражданских лиц нет»: none
    of the act, said of the civilians named after «среди» before the word of none; in
    Azerbaijani before the postposition "arasında" ("dinc əhali arasında itki yoxdur",
    "mülki şəxslər arasında isə ölən olmayıb")."""
    for k in range(first - 1, max(-1, first - 1 - _AMONG_REACH), -1):
        if tokens[k].kind != "word":
            return False
        if tokens[k].lower == "среди":
            return any(t.lower.startswith(CIVILIAN_STEMS) for t in tokens[k + 1 : first])
        if tokens[k].lower == "arasında":
            named = tokens[max(0, k - _AZ_GROUP_REACH) : k]
            return any(t.kind == "word" and t.lower.startswith(CIVILIAN_STEMS) for t in named)
    return False
