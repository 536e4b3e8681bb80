"""Names counted on a list: the persons named, with the fate the list is kept for.

Memorial books, lists of the dead and lists of political prisoners count names ("contains
1 043 names", «вошли 1 117 имён», "1 214 nəfərin adı daxil edilib", "siyahıda 246 ad var").
A name stands for a person, and "contains" or «вошли» says nothing of a fate: the list's fate is
said where the text introduces it ("the names of the people who lost their lives", «имена
жителей, погибших …», "qətlə yetirilmiş sakinlərin xatirəsinə"). A count of names with no fate
of its own, after a list, book or memorial is named, takes the persons' fate named last before it in the text, as a participle before a
noun would give it ("12 abducted aid workers"); a verb of its own still says more.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_NAMES = {
    "en": frozenset({"name", "names"}),
    "ru": frozenset({"имя", "имён", "имен", "имени", "имена"}),
    "az": frozenset({"ad", "adı", "adın", "adlar", "adları"}),
}
# A list, book or memorial must be named: "four names had been counted twice" counts no one.
_LISTS = {
    "en": ("list", "memorial", "register", "book", "roll"),
    "ru": ("спис", "книг", "памят", "реестр", "мартиролог"),
    "az": ("siyahı", "kitab", "xatirə", "reyestr"),
}
_LOOK_BACK = 80  # tokens: the list is introduced in the sentence or two before its count


def name_counted_names(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> None:
    """Counts of names count persons and take the fate the list was introduced with."""
    names = _NAMES[language]
    for quantity in quantities:
        if quantity.attribute or quantity.non_count or quantity.noun not in ("", UNKNOWN, PERSON):
            continue
        last = quantity.end_token + (2 if language == "az" else 0)
        counted = tokens[quantity.last + 1 : last + 1]
        if not any(t.lower in names or t.key in names for t in counted):
            continue
        before = tokens[max(0, quantity.first - _LOOK_BACK) : quantity.first]
        if not any(t.lower.startswith(_LISTS[language]) for t in before):
            continue
        fate = _fate_before(tokens, quantity.first, lex)
        if fate:
            quantity.noun, quantity.attribute = PERSON, fate


def _fate_before(tokens: list[Token], first: int, lex: Lexicon) -> str:
    for j in range(first - 1, max(-1, first - _LOOK_BACK), -1):
        trigger = lex.trigger_set.match(tokens, j)
        # A list "holds" its names: holding is no fate of the persons named.
        if trigger is None or trigger.value == "hold":
            continue
        if resolve_category(trigger.value, PERSON):
            return trigger.value
    return ""
