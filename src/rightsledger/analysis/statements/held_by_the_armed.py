"""Persons a Russian statement says are held by armed men («удерживаются вооружёнными
формированиями», «удерживают боевики»): held by those who take captives, not by those who
detain, so captured; the parts nested in them with no act of their own («в том числе 38
женщин») with them. The takers' words are ``takers``'."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.takers import ARMED_STEMS
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, Token

_HOLD = frozenset({"удерживать", "удерживаться"})
# How many words after the verb its agent may stand («удерживаются по-прежнему боевиками»).
_AGENT_REACH = 3


def capture_the_held_by_the_armed(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    if language != "ru":
        return
    held = [f for f in figures if f.category == "detained" and _held_by_the_armed(tokens, f)]
    for figure in held:
        figure.category = "captured"
    for part in figures:
        if (
            part.category == "detained"
            and part.parent in held
            and part.bound == "nested"
            and part.trigger is None
        ):
            part.category = "captured"


def _held_by_the_armed(tokens: list[Token], figure: Figure) -> bool:
    trigger = figure.trigger
    if trigger is None or not any(
        tokens[k].key in _HOLD for k in range(trigger.first, trigger.last + 1)
    ):
        return False
    for k in range(trigger.last + 1, min(trigger.last + 1 + _AGENT_REACH, len(tokens))):
        token = tokens[k]
        if token.text in CLAUSE_ENDS:
            return False
        if token.lower.replace("ё", "е").startswith(ARMED_STEMS["ru"]):
            return True
    return False
