"""English "of them" set off right after a count names that count: "Among the wounded are
seven children, three of them in critical condition" — the three are of the seven children,
not of all the wounded. "One of them a cameraman" describes a person, and is left to the
rules of one person. (After a verb, "61 were injured, 17 of them seriously", the count
before the verb is the nearest, and this rule does not speak.) Russian «из них» set off so
names the count right before it the same way, before its part or after it: «84 военнослужащих
и 11 гражданских лиц, из них четыре женщины», «… 11 гражданских лиц, трое из них ранены»."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.tokens import Token


def count_right_before_them(
    tokens: list[Token],
    marker: tuple[int, int],
    part: Figure,
    figures: list[Figure],
    *,
    with_a_fate: bool = True,
) -> Figure | None:
    """The figure whose count, with its noun, ends right before the comma before the part's
    "N of them", if the part fits in it; else None."""
    if [t.lower for t in tokens[marker[0] : marker[1] + 1]] != ["of", "them"]:
        return None
    if marker[0] != part.quantity.end_token + 1:
        return None
    if part.quantity.count is None or part.quantity.count < 2:
        return None  # "two journalists, one of them a cameraman": one person described
    comma = part.quantity.first - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    before = next((f for f in figures if f.quantity.end_token == comma - 1), None)
    if before is not None and not before.category and with_a_fate:
        parent = before.parent
        if parent is not None and parent.category:
            # An item of a list, which takes its whole's fate only later.
            before.category, before.bound = parent.category, "nested"
    if before is None or before is part or (with_a_fate and not before.category):
        return None
    most, count = before.quantity.most, part.quantity.count
    return before if most is not None and count is not None and count < most else None


def parts_of_the_item_before(tokens: list[Token], items: list[Figure]) -> set[int]:
    """The ids of the items of a list that are "N of them" of the item right before them
    ("seven children, three of them in critical condition"): parts, no items."""
    out: set[int] = set()
    for item in items[1:]:
        k = item.quantity.end_token + 1
        if count_right_before_them(tokens, (k, k + 1), item, items, with_a_fate=False):
            out.add(id(item))
    return out


def ru_count_right_before_them(
    tokens: list[Token], marker: tuple[int, int], part: Figure, figures: list[Figure]
) -> Figure | None:
    """The figure whose count, with its noun, ends right before the comma that opens «из них
    N» or «N из них»: a list item too, which takes its whole's fate; else None."""
    if [t.lower for t in tokens[marker[0] : marker[1] + 1]] != ["из", "них"]:
        return None
    if marker[1] + 1 == part.quantity.first:
        opening = marker[0]  # «, из них четыре женщины»
    elif marker[0] == part.quantity.end_token + 1:
        opening = part.quantity.first  # «, четверо из них …»
    else:
        return None
    if part.quantity.count is None or part.quantity.count < 2:
        return None  # «одна из них — медсестра»: one person described
    comma = opening - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    before = next((f for f in figures if f.quantity.end_token == comma - 1), None)
    if before is None or before is part or before.parent is None:
        return None  # only a list item: a count with its own verb is the nearest already
    if not before.category and before.parent.category:
        before.category, before.bound = before.parent.category, "nested"
    if not before.category:
        return None
    most, count = before.quantity.most, part.quantity.count
    return before if most is not None and count < most else None


def ru_them_of_a_count_with_no_fate(
    tokens: list[Token], marker: tuple[int, int], part: Figure, figures: list[Figure]
) -> bool:
    """«удалось прояснить судьбу 78 человек: 61 из них найдены погибшими»: «N из них» right
    after a colon or a comma that follows a count of persons no figure has (more than the
    part) speaks of those persons, and no figure is the part's whole."""
    if [t.lower for t in tokens[marker[0] : marker[1] + 1]] != ["из", "них"]:
        return False
    if marker[0] != part.quantity.end_token + 1 or part.quantity.count is None:
        return False
    opening = part.quantity.first - 1
    if opening < 1 or tokens[opening].text not in {":", ","}:
        return False
    before = next((f for f in figures if f.quantity.end_token == opening - 1), None)
    if before is None or before.category or before.parent is not None:
        return False
    quantity = before.quantity
    persons = quantity.noun == PERSON or names_group(quantity.noun)
    return persons and quantity.most is not None and quantity.most > part.quantity.count
