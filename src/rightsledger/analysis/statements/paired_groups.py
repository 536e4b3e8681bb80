"""One sex at two ages, counted together: "35 women and girls", «35 женщин и девочек», "35
qadın və qız".

A number before two groups joined by "and" counts both as one group when they are the women
and the girls, or the men and the boys, of one place or event: a label named by both words
("women and girls"), not the first of them alone. Two groups of different kinds ("women and
children") are left to the first noun, as before; a second group with a number of its own
("12 women and 5 girls") is a count of its own.
"""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import PERSON, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_AND = frozenset({"and", "и", "və"})
# Adults and the young of one sex, by their English labels: the pair, as written, is the label.
_PAIRS = {
    ("subgroup:women", "label:girls"): "label:women and girls",
    ("label:girls", "subgroup:women"): "label:girls and women",
    ("subgroup:men", "label:boys"): "label:men and boys",
    ("label:boys", "subgroup:men"): "label:boys and men",
}
# How a noun names a group of persons, as against persons of every kind or a fate.
_GROUPS = ("subgroup:", "label:")


def join_paired_groups(tokens: list[Token], quantities: list[Quantity], lex: Lexicon) -> None:
    """Gives a count of "women and girls" (or "men and boys") the pair as its label, and a
    count of a group joined with persons of every kind ("servicemen and civilians") none."""
    for quantity in quantities:
        if quantity.np_last < 0 or quantity.np_last + 2 >= len(tokens):
            continue
        j = quantity.np_last + 1
        if tokens[j].lower not in _AND:
            continue
        phrase = lex.noun_set.match(tokens, j + 1)
        if phrase is None:
            continue
        label = _PAIRS.get((quantity.noun, phrase.value))
        if _everyone_and_a_group(quantity.noun, phrase.value):
            label = PERSON
        if label is not None:
            quantity.noun = label
            quantity.np_last = j + len(phrase.elements)


def _everyone_and_a_group(first: str | None, second: str) -> bool:
    """Persons of every kind and a group of persons, in either order; not persons and a noun
    of their fate ("9 people and wounded 31": a verb after "and", read as "the wounded")."""
    group = second if first == PERSON else first
    return PERSON in (first, second) and group is not None and group.startswith(_GROUPS)
