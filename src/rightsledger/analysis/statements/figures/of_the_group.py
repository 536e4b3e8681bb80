"""A part counted "of the" group it belongs to: "two of the women were released", "eleven
of the men taken away". English names the group of such a part right after "of
the", with no number of its own, and the part is of that group whatever its act; a part of
cases names it after them ("in 57 of these cases the victims were women", "… were under 18")."""

from __future__ import annotations

from rightsledger.analysis.statements.age_groups import group_of_an_age_limit
from rightsledger.analysis.statements.figures.core import subgroup_of
from rightsledger.analysis.statements.lexicon import PERSON, PhraseSet, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

# What may follow the group's noun and still leave it the head: a verb, a participle, a
# clause, a stop. A possessive makes it another noun's owner ("of the women's husbands").
_POSSESSIVE = ("'", "'s", "’", "’s")


def group_of_the_part(
    tokens: list[Token], noun_set: PhraseSet, quantity: Quantity, end: int
) -> str:
    """The group named by "<count> of the <group>" (English), or "" when none is named."""
    if quantity.noun not in {"", PERSON}:
        return ""
    of = quantity.last + 1
    if of + 2 >= end or [t.lower for t in tokens[of : of + 2]] != ["of", "the"]:
        return ""
    span = noun_set.match_span(tokens, of + 2)
    # Groups of sex and age only: a calling named again ("four of the teachers") is read
    # as a part of the figure that counted them (``named``), with no group of its own.
    if span is None or not span[0].value.startswith("subgroup:"):
        return ""
    after = of + 2 + span[1]
    if tokens[after - 1].text.endswith(_POSSESSIVE) or (
        after < end and tokens[after].text in _POSSESSIVE
    ):
        return ""
    return subgroup_of(span[0].value)


# "in 57 of these cases": the cases a part of them counts.
_OF_THE_CASES = (("of", "these", "cases"), ("of", "those", "cases"), ("of", "the", "cases"))
_VICTIMS_WERE = (("the", "victims", "were"), ("the", "victim", "was"))


def group_of_the_victims_in_cases(
    tokens: list[Token], noun_set: PhraseSet, quantity: Quantity, end: int
) -> str:
    """ "in 57 of these cases the victims were women": the group the victims of a part of
    cases are said to be is the part's group (English), or ""."""
    k = quantity.last + 1
    words = [t.lower for t in tokens[k : k + 4]]
    if len(words) == 4 and tokens[k + 2].kind == "num":
        del words[2]  # "in 74 of the 318 cases": the whole's count named again
    else:
        words = words[:3]
    if tuple(words) not in _OF_THE_CASES:
        return ""
    k += 3 + (tokens[k + 2].kind == "num")
    if k < end and tokens[k].text == ",":
        k += 1
    if tuple(t.lower for t in tokens[k : k + 3]) not in _VICTIMS_WERE:
        return ""
    span = noun_set.match_span(tokens, k + 3) if k + 3 < end else None
    if span is None or not names_group(span[0].value):
        # "the victims were under 18": an age limit said of them names their age group.
        group = group_of_an_age_limit(tokens, k + 2, min(end, k + 5), "en")
        return subgroup_of(group) if group else ""
    return subgroup_of(span[0].value)
