"""Persons a Russian statement says are held by armed men («удерживаются вооружёнными
формированиями», «удерживают боевики»), or an English one "held by armed groups" ("are
thought to be held by armed groups", "still held by gunmen"): held by those who take captives,
not by those who detain, so captured; the parts nested in them with no act of their own («в том
числе 38 женщин») with them. The takers' words are ``takers``'. English names only those who
hold no one in custody by law (armed men, gunmen, militants, rebels, kidnappers): "held by
soldiers" or "by the police" stays detained, as the sets read men rounded up by soldiers."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.takers import ARMED_STEMS
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, Token

_HOLD = frozenset({"удерживать", "удерживаться"})
_HOLD_EN = frozenset({"held"})
# Who hold captives, in English, by stem, right after "by" or a word after it ("by armed
# groups", "by the militants").
_ARMED_EN = ("armed", "gunm", "militant", "rebel", "kidnapper", "abductor", "insurgent")
# How many words after the verb its agent may stand («удерживаются по-прежнему боевиками»).
_AGENT_REACH = 3


def capture_the_held_by_the_armed(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    if language not in ("ru", "en"):
        return
    by_the_armed = _held_by_the_armed if language == "ru" else _held_by_the_armed_en
    held = [f for f in figures if f.category == "detained" and by_the_armed(tokens, f)]
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


def _held_by_the_armed_en(tokens: list[Token], figure: Figure) -> bool:
    """ "held by armed groups", "held by the militants": "held" the figure's trigger's last
    word, "by" right after it, and one of the armed within two words of it."""
    trigger = figure.trigger
    if trigger is None or tokens[trigger.last].lower not in _HOLD_EN:
        return False
    k = trigger.last + 1
    if k >= len(tokens) or tokens[k].lower != "by":
        return False
    return any(t.lower.startswith(_ARMED_EN) for t in tokens[k + 1 : k + 3])
