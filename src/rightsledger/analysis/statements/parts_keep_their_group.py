"""A part taken from a whole that names no group of its own is of the whole's group: "23 women
were detained; 12 of them were released" releases twelve women, «задержаны 30 журналистов,
из них 9 человек отпущены» nine journalists, "14 jurnalist həbs edilib, onlardan 6-sı azad
edilib" six journalists.

The partitive ("of them", "of whom", "among them", «из них», «в том числе», "onlardan", "o
cümlədən") picks persons out of those counted, and whatever befell them after — released,
killed, found dead — they are still of that group. So a part whose count has no noun, or only a
word that counts persons ("persons", «человек», "nəfər"), bodies ("the bodies of five of them")
or the whole's own group again ("four of the journalists"), takes its whole's group; a part
naming a group of its own ("6 of them children", «трое иностранцев») keeps its own.

Not so where the count is the owner of those the figure is about: "six of the women's
husbands", "the husbands of six of them", «мужья троих из них», "onlardan üçünün əri" count
kin of the women, not women. Nor where the whole counts things or places ("45 homes were
destroyed, 12 of them …"), which are no group of persons to keep.

One rule for the three languages, in place of the cases it grew from: parts of children
(English and Russian only) and Azerbaijani "altısı da" parts as many as their whole. The blind
sets since sealed16 annotate parts so; the sets written before them count such a part as
everyone.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import az_possessive_number
from rightsledger.analysis.statements.lexicon import BODY, GRAVE, KIN, PERSON, SITE, UNIT, UNKNOWN
from rightsledger.analysis.statements.model import THING_CATEGORIES
from rightsledger.analysis.statements.morphology import russian_animate_noun
from rightsledger.analysis.statements.quantities.quantity import Quantity
from rightsledger.analysis.statements.tokens import Token

# Counted nouns that name no group: a word for persons, or the bodies of persons.
_NO_GROUP = frozenset({"", PERSON, BODY})
# Counted nouns whose subgroup is things, not persons: "homes", "schools", "settlements";
# graves, sites and units are no persons either; nor what is counted as destroyed or buried.
_THINGS = "property:"
_NO_PERSONS = frozenset({GRAVE, SITE, UNIT})
# An English possessive after the group a count is of: "six of the women's husbands".
_POSSESSIVE = ("'", "'s", "’", "’s")
# English words between a count and the group it is of: "of the women", "of their husbands".
_OF = frozenset({"of"})
_DETERMINERS = frozenset({"the", "these", "those", "their"})
# Azerbaijani genitive endings of a count ("üçünün", "5-nin", "ikisinin").
_AZ_GENITIVE = ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")


def carry_the_group_to_parts(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Gives each part that names no group of its own its whole's group of persons."""
    settled: dict[int, str] = {}
    for figure in figures:
        _group(tokens, figure, language, settled, set())


def _group(
    tokens: list[Token], figure: Figure, language: str, settled: dict[int, str], seen: set[int]
) -> str:
    """The group ``figure`` counts, carried down to it from its wholes where it names none."""
    key = id(figure)
    if key in settled:
        return settled[key]
    whole = figure.parent
    if figure.subgroup == "all" and whole is not None and key not in seen:
        seen.add(key)
        group = _group(tokens, whole, language, settled, seen)
        if (
            group != "all"
            and _of_persons(whole)
            and _names_no_group(tokens, figure, language)
            and not _counts_their_kin(tokens, figure, language)
        ):
            figure.subgroup = group
    settled[key] = figure.subgroup
    return figure.subgroup


def _of_persons(whole: Figure) -> bool:
    """Does the whole count persons (not homes, schools, graves, the sites of events)?"""
    counted = whole.quantity.counted
    return (
        whole.category not in THING_CATEGORIES
        and counted not in _NO_PERSONS
        and not counted.startswith(_THINGS)
    )


def _names_no_group(tokens: list[Token], figure: Figure, language: str) -> bool:
    quantity = figure.quantity
    if quantity.group_of:
        return True  # "four of the journalists": the whole's group named again
    counted = quantity.counted
    if counted == UNKNOWN and language == "az" and az_possessive_number(tokens, quantity):
        # "beşi ertəsi gün buraxılıb", "ikisinin vəziyyəti ağırdır": a number with the
        # possessive is "so many of them"; the words after it are no noun it counts.
        return True
    if counted == UNKNOWN and language == "ru" and not _ru_names_persons(tokens, quantity):
        # «из них 17 позднее отпустили», «о судьбе остальных 26 сведений нет»: the words
        # after the number are an adverb or a noun of things, no group of persons.
        return True
    # A noun the lexicon does not know ("трое иностранцев", "3 əcnəbi") names a group;
    # "three of the detainees", "two of the dead" name a fate.
    return counted in _NO_GROUP or counted.startswith("implied:")


def _ru_names_persons(tokens: list[Token], quantity: Quantity) -> bool:
    """Does the Russian noun phrase after the count hold a noun of living beings?"""
    return any(
        russian_animate_noun(tokens[k].text) for k in range(quantity.np_first, quantity.np_last + 1)
    )


def _counts_their_kin(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Is the count the owner of those the figure counts: "the husbands of six of them",
    "six of the women's husbands", «мужья троих из них», "onlardan üçünün əri"?"""
    kin = KIN.get(language, frozenset())
    quantity = figure.quantity
    before = quantity.first - 1
    after = quantity.end_token + 1
    if language == "en":
        if before >= 1 and tokens[before].lower in _OF and _is_kin(tokens[before - 1], kin):
            return True
        k = after
        if k < len(tokens) and tokens[k].lower in _OF:
            k += 1
            while k < len(tokens) and tokens[k].lower in _DETERMINERS:
                owner = tokens[k].lower == "their"
                k += 1
                if owner and k < len(tokens) and _is_kin(tokens[k], kin):
                    return True
            for j in range(k, min(k + 3, len(tokens))):
                if tokens[j].text.endswith(_POSSESSIVE) or (
                    j + 1 < len(tokens) and tokens[j + 1].text in _POSSESSIVE
                ):
                    return True
        return False
    if language == "ru":
        return before >= 0 and _is_kin(tokens[before], kin)
    if language == "az":
        # The kin possessed right after the count: "üçünün əri".
        owned = quantity.last + 1
        return (
            tokens[quantity.last].lower.endswith(_AZ_GENITIVE)
            and owned < len(tokens)
            and _is_kin(tokens[owned], kin)
        )
    return False


def _is_kin(token: Token, kin: frozenset[str]) -> bool:
    return (
        token.lower in kin
        or token.key in kin
        or any(token.lower.startswith(stem) for stem in kin if stem.endswith("*"))
    )
