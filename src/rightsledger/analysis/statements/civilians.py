"""Civilians as a group of their own where the text sets them against servicemen.

"Civilians" («мирные жители», «гражданские лица», "mülki şəxslər") are everyone in most
statements; only where a figure is split into its civilians and its servicemen ("2,400
missing, 1,300 of them civilians and 1,100 servicemen", "onlardan 700-ü mülki şəxs,
3.100-ü hərbi qulluqçudur"), or its civilians are singled out as a part of it ("64 freed,
among them 5 civilians", «более 600 граждан, из них около 90 — гражданские»: the rest are
not), do the words name a group, as against the other part. So do they where the statement
counts servicemen on the same matter, in the same sentence or elsewhere ("claimed the lives of
1,142 civilians … military losses at 415 servicemen killed", «погибли 412 мирных жителей и 96
военнослужащих», "37 mülki şəxs və 54 hərbi qulluqçu həlak olmuşdur"): the dead and the
captives counted apart by side. Those released are the exception: counts merely joined
("seven servicemen and two civilians returned") keep civilians as everyone there, since the
statements the reader is measured on disagree about returnees and most keep them as everyone.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import CIVILIAN_STEMS
from rightsledger.analysis.statements.officers import POLICE_OFFICERS
from rightsledger.analysis.statements.tokens import Token

CIVILIANS = "civilians"
_SERVICEMEN = "servicemen"
# The armed side civilians are set against: servicemen, and the police counted like them.
_SIDES = frozenset({_SERVICEMEN, POLICE_OFFICERS})
# Matters where counts merely joined keep civilians as everyone (see the module's docstring).
_JOINED_ARE_EVERYONE = frozenset({"released"})
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
    """Gives the subgroup "civilians" to a part counted by a word for civilians when another
    part of the same figure counts servicemen."""
    for figure in figures:
        parent = figure.parent
        if figure.subgroup != "all" or not _counts_civilians(tokens, figure):
            continue
        if _servicemen_counted_apart(figure, figures):
            figure.subgroup = CIVILIANS
            continue
        if parent is None:
            continue  # none among civilians, or civilians counted alone, are everyone
        if figure.quantity.zero:
            # "none of them was a civilian", "no civilians were among the dead": the whole
            # is said to hold no civilians, a part of it counted by that word.
            figure.subgroup = CIVILIANS
            continue
        if any(f.parent is parent and f.subgroup == _SERVICEMEN for f in figures):
            figure.subgroup = CIVILIANS
        elif _part_of_fewer(figure, parent):
            figure.subgroup = CIVILIANS  # singled out: the rest of the figure are not civilians


def _servicemen_counted_apart(figure: Figure, figures: list[Figure]) -> bool:
    """Does the statement count servicemen (or police) on the matter the figure counts?"""
    if figure.category in _JOINED_ARE_EVERYONE:
        return False
    return any(f.category == figure.category and f.subgroup in _SIDES for f in figures)


def _counts_civilians(tokens: list[Token], figure: Figure) -> bool:
    """Is the part counted by a word for civilians, after its number or as its predicate
    ("of whom 90 were civilians", «из них около 90 — гражданские»)?"""
    quantity = figure.quantity
    if quantity.zero_after_only:
        return _none_among_civilians(tokens, quantity.first)
    if quantity.np_first >= 0:
        return any(
            tokens[k].lower.startswith(CIVILIAN_STEMS)
            for k in range(quantity.np_first, quantity.np_last + 1)
        )
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


def _part_of_fewer(figure: Figure, parent: Figure) -> bool:
    most, count = parent.quantity.count, figure.quantity.count
    return most is not None and count is not None and count < most
