"""Azerbaijani: one person of a group counted, said to be in a state of the group's own fate, is
a single person, not a figure: "8 jurnalist yaralanıb, onlardan biri ağır vəziyyətdədir" (one
of them is in a grave condition), "saxlanılan 4 vəkildən biri hələ də təcridxanadadır" (one of
them is still held). The sentence tells of someone among the counted, as a name would; no count
of the fate is given that the whole does not already give.

Not so where the one has a fate of their own ("yaralılardan biri ölüb": killed, a part of the
injured), a group of their own ("onlardan biri uşaqdır", "biri polis əməkdaşıdır"), or is one
more beside those told of before ("daha biri xəstəxanada ölüb": another death, a part of the
toll), nor where the number is more than one ("onlardan ikisi ağır vəziyyətdədir"). Nor where
the words after the one say who they are, in a noun the lexicon may not know ("onlardan biri
Agentliyin əməkdaşı", an employee of the Agency): a group of their own all the same; or what
they lost or had broken, a thing of theirs in the accusative ("onlardan biri gözünü itirib",
one of them lost an eye): a harm of their own, told for its own sake.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.lexicon import PERSON, Lexicon, names_group
from rightsledger.analysis.statements.quantities.az_cases import az_in_the_genitive
from rightsledger.analysis.statements.tokens import CLAUSE_STOPS, Token

# "One" with the third-person possessive: "biri" (one of them), "birisi".
_ONE_OF = frozenset({"biri", "birisi"})
# A thing of the one's own as the object of their clause: "gözünü", "ayağını", "qolunu".
_THEIR_THING_AS_OBJECT = ("ını", "ini", "unu", "ünü")
# "More", "another": "daha biri" is one more, a part told for its own sake.
_MORE = frozenset({"daha", "bir"})


def drop_one_of_them_in_their_state(
    tokens: list[Token], figures: list[Figure], lex: Lexicon
) -> list[Figure]:
    """``figures`` without a single person of a whole who only shares the whole's fate."""
    dropped = {
        id(f)
        for f in figures
        if _one_in_the_whole_s_state(tokens, f) and not _named_after(tokens, f, lex)
    }
    if not dropped:
        return figures
    return [f for f in figures if id(f) not in dropped and id(f.parent) not in dropped]


def _one_in_the_whole_s_state(tokens: list[Token], figure: Figure) -> bool:
    whole, quantity = figure.parent, figure.quantity
    if whole is None or quantity.count != 1 or quantity.qualifier != "exact":
        return False
    if figure.category != whole.category or figure.subgroup not in {"all", whole.subgroup}:
        return False
    # "vəkillərdən biri": the noun in the ablative names the whole, not a group of the one.
    if not (quantity.noun in {"", PERSON} or quantity.group_of) or quantity.first != quantity.last:
        return False
    if tokens[quantity.first].lower not in _ONE_OF:
        return False
    return quantity.first == 0 or tokens[quantity.first - 1].lower not in _MORE


def _named_after(tokens: list[Token], figure: Figure, lex: Lexicon) -> bool:
    """Do the words of the one's clause name who they are: a noun of persons, or an owner in
    the genitive ("Agentliyin əməkdaşı")?"""
    for k in range(figure.quantity.last + 1, len(tokens)):
        token = tokens[k]
        if token.text in CLAUSE_STOPS or token.text == ",":
            return False
        phrase = lex.noun_set.match(tokens, k)
        if phrase is not None and (phrase.value == PERSON or names_group(phrase.value)):
            return True
        if az_in_the_genitive(token.lower) or token.lower.endswith(_THEIR_THING_AS_OBJECT):
            return True
    return False
