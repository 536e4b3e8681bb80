"""A whole named again to break it down: "Ay ərzində 54 nəfər həlak olub. Həlak olan 54
nəfərdən 9-u uşaqdır." The second 54 is the first, named again in the ablative (or the
genitive) of the whole a part is taken from: its parts are the first figure's, and it is no
figure of its own. Only a figure of the same act, group and count given before, with no whole
of its own, is named so; another count is another figure.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# The endings of the whole a part is taken from: "54 nəfərdən", "54 nəfərin".
_WHOLE_ENDINGS = {"az": ("dan", "dən", "tan", "tən", "ın", "in", "un", "ün", "nın", "nin")}


def merge_wholes_named_again(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without wholes named again, their parts given to the figure first named."""
    endings = _WHOLE_ENDINGS.get(language)
    if not endings:
        return figures
    dropped: set[int] = set()
    for n, again in enumerate(figures):
        parts = [f for f in figures if f.parent is again]
        if again.parent is not None or not parts or not _named_as_a_whole(tokens, again, endings):
            continue
        first = next((f for f in figures[:n] if _same(f, again) and id(f) not in dropped), None)
        if first is None:
            continue
        for part in parts:
            part.parent = first
        if again.subgroup != first.subgroup:
            _take_the_group(figures, first, first.subgroup)
        dropped.add(id(again))
    return [f for f in figures if id(f) not in dropped]


def _both_taken(first: Figure, again: Figure) -> bool:
    """ "… 15 kişini isə aparmışdır. … Aparılan 15 nəfərdən 12-si …": persons taken, named
    again by the verb of taking, are the same persons whether its doers read as police
    (detained) or as armed men (captured); the first reading stands."""
    return all(f.trigger is not None and f.trigger.value == "seize" for f in (first, again))


def _take_the_group(figures: list[Figure], whole: Figure, group: str) -> None:
    """Parts of a whole named again with no group of its own, and their parts, take the
    group first named ("Kişiləri …, on səkkiz nəfər idilər. … on səkkiz nəfərdən dördü":
    four men), unless they name their own."""
    for part in figures:
        if part.parent is whole and part.subgroup == "all":
            part.subgroup = group
            _take_the_group(figures, part, group)


def _named_as_a_whole(tokens: list[Token], figure: Figure, endings: tuple[str, ...]) -> bool:
    quantity = figure.quantity
    last = quantity.np_last if quantity.np_last >= 0 else quantity.last
    return tokens[last].lower.endswith(endings)


def _same(first: Figure, again: Figure) -> bool:
    return (
        first.parent is None
        and (first.category == again.category or _both_taken(first, again))
        # "Kişiləri … on səkkiz nəfər idilər … Apardıqları on səkkiz nəfərdən": named
        # again by persons only, the group left unsaid.
        and again.subgroup in {first.subgroup, "all"}
        and first.quantity.count is not None
        and first.quantity.count == again.quantity.count
        and first.quantity.qualifier == again.quantity.qualifier
        and first.quantity.first < again.quantity.first
    )
