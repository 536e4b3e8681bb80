"""A count with no noun of its own said as "more" of the count before counts the same group:
«двое наших юношей в плену, ещё о троих ничего не известно», "five children were killed and
three more were injured", "iki uşaq həlak olub, daha üçü yaralanıb".

"More" («ещё», "daha") leaves the noun out because it is the one just said: the persons are more
of that group, whatever befell them.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import PERSON
from rightsledger.analysis.statements.tokens import Token, sentences

_MORE_BEFORE = {"en": frozenset(), "ru": frozenset({"ещё", "еще"}), "az": frozenset({"daha"})}
# Not "others": "killed 40 miners and injured 65 others" need not be miners.
_MORE_AFTER = {"en": frozenset({"more"}), "ru": frozenset(), "az": frozenset()}
# The word that counts persons and names no group ("daha üç nəfər"): the count said as more
# of a group still leaves its noun out. (Russian «ещё 23 человека» after prisoners counts
# persons of any kind, and stays so.)
_HEADS_OF_PERSONS = frozenset({"nəfər"})
# Words that may stand between «ещё» and its count: «ещё о троих», «ещё у двоих».
_BETWEEN = frozenset({"о", "об", "у", "с", "к", "из", "для"})


def carry_group_to_more(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives a "more" count with no noun the group of the count before it in its sentence."""
    sentence_of = {k: n for n, span in enumerate(sentences(tokens)) for k in range(*span)}
    previous: Figure | None = None
    for figure in sorted(figures, key=lambda f: f.quantity.first):
        quantity = figure.quantity
        if (
            previous is not None
            and figure.subgroup == "all"
            and figure.parent is None
            and _no_noun_of_its_own(tokens, quantity.noun, quantity.np_first, quantity.np_last)
            and previous.subgroup != "all"
            and previous.parent is None
            and sentence_of.get(previous.quantity.first) == sentence_of.get(quantity.first)
            and _said_as_more(tokens, quantity.first, quantity.last, language)
        ):
            figure.subgroup = previous.subgroup
        previous = figure


def _said_as_more(tokens: list[Token], first: int, last: int, language: str) -> bool:
    k = first - 1
    while k >= 0 and tokens[k].lower in _BETWEEN:
        k -= 1
    if k >= 0 and tokens[k].lower in _MORE_BEFORE.get(language, frozenset()):
        return True
    more = _MORE_AFTER.get(language, frozenset())
    return any(k < len(tokens) and tokens[k].lower in more for k in (last, last + 1))


def _no_noun_of_its_own(tokens: list[Token], noun: str, first: int, last: int) -> bool:
    """Does the count name no group: no noun, "more" taken for one ("three more"), or a
    bare head of persons ("daha üç nəfər")?"""
    if first < 0 or last < 0:
        return not noun
    if first != last:
        return False
    word = tokens[first].lower
    return word in _MORE_AFTER["en"] or (noun == PERSON and word in _HEADS_OF_PERSONS)
