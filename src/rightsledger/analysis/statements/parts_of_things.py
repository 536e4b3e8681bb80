"""Parts of things destroyed: of the houses destroyed, so many stand somewhere ("Of the destroyed
houses, 30 are in Chayly", «из разрушенных домов 30 находятся в селе Чайлы», "dağılmış
evlərdən 30-u Çaylı kəndindədir"). Such a part is of the same things, destroyed: a house is
not killed, and the village where it stands is no kind of property. Azerbaijani names the
whole in the ablative before the number ("evlərdən 30-u"), which names no group of persons and
so is read here: the latest figure of those things destroyed is the whole; and says where
they stand in the locative with the copula ("kəndindədir"), no noun of what was counted.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, subgroup_of
from rightsledger.analysis.statements.lexicon import UNKNOWN, Lexicon
from rightsledger.analysis.statements.tokens import Token

_DESTROYED = "property_destroyed"
_ABLATIVE = ("dan", "dən")
# The locative with the copula: "kəndindədir", "şəhərdədir" (is in the village, in the town).
_LOCATIVE_COPULA = ("dadır", "dədir", "tadır", "tədir")


def nest_parts_of_things(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives a part of things destroyed, with no noun of its own, the whole's things."""
    for n, figure in enumerate(figures):
        quantity = figure.quantity
        if quantity.zero or (quantity.noun not in {"", UNKNOWN} and not _where(tokens, figure)):
            continue
        if figure.parent is None and language == "az":
            figure.parent = _whole_in_the_ablative(tokens, figure, figures[:n], lex)
        whole = figure.parent
        if whole is None or whole.category != _DESTROYED:
            continue
        figure.category, figure.subgroup = _DESTROYED, whole.subgroup


def _where(tokens: list[Token], figure: Figure) -> bool:
    """Is the count's noun where the things are ("30-u Çaylı kəndindədir"), not what they are?"""
    last = figure.quantity.np_last
    return last >= 0 and tokens[last].lower.endswith(_LOCATIVE_COPULA)


def _whole_in_the_ablative(
    tokens: list[Token], figure: Figure, before: list[Figure], lex: Lexicon
) -> Figure | None:
    """ "dağılmış evlərdən 30-u": the latest figure of the houses destroyed, if no fewer."""
    k = figure.quantity.first - 1
    if k < 0 or not tokens[k].lower.endswith(_ABLATIVE):
        return None
    phrase = lex.noun_set.match(tokens, k)
    if phrase is None or not phrase.value.startswith("property:"):
        return None
    things = subgroup_of(phrase.value)
    count = figure.quantity.most
    for whole in reversed(before):
        if whole.category == _DESTROYED and whole.parent is None and whole.subgroup == things:
            most = whole.quantity.most
            fits = count is not None and most is not None and count <= most
            return whole if fits else None
    return None
