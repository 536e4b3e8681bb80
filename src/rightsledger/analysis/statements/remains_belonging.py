"""Russian says whose remains were found by what they belong to: «Останки как минимум 20
человек, судя по обмундированию и жетонам, принадлежат военнослужащим». The group in the
dative after «принадлежат» is the group of the dead counted (servicemen), and what is said of
remains already told of is said of some of those found: the count is a part of the latest
count of the found dead before it, if that counts more. A count with a group of its own
before the verb keeps it, and «принадлежат» with no group after it (to whom is not yet known)
changes nothing."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import subgroup_of
from rightsledger.analysis.statements.lexicon import Lexicon, names_group
from rightsledger.analysis.statements.marks_on_bodies_found import latest_found_dead_before
from rightsledger.analysis.statements.tokens import Token

_BELONG = "принадлежать"
# What ends the clause the verb must stand in.
_STOPS = frozenset({".", ";", "!", "?"})
# How far after the count the verb may stand (an aside of how it is known between).
_REACH = 12


def give_remains_their_owners(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Gives found remains the group they are said to belong to, as a part of the found."""
    if language != "ru":
        return
    for figure in figures:
        if figure.category != "found_dead" or figure.subgroup != "all":
            continue
        group = _owner_after(tokens, figure.quantity.end_token + 1, lex)
        if not group:
            continue
        figure.subgroup = group
        if figure.parent is not None:
            continue
        whole = latest_found_dead_before(figures, figure)
        most, count = (whole.quantity.most, figure.quantity.most) if whole else (None, None)
        if whole is not None and most is not None and count is not None and count < most:
            figure.parent = whole


def _owner_after(tokens: list[Token], k: int, lex: Lexicon) -> str:
    """The group named right after «принадлежат» in the clause from ``k``; '' if none."""
    for j in range(k, min(k + _REACH, len(tokens) - 1)):
        if tokens[j].text in _STOPS or tokens[j].kind == "num":
            return ""
        if tokens[j].key == _BELONG:
            phrase = lex.noun_set.match(tokens, j + 1)
            return subgroup_of(phrase.value) if phrase and names_group(phrase.value) else ""
    return ""
