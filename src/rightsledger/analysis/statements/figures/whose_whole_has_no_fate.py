"""A part whose relative pronoun refers to a count that is no figure has no whole among the
figures: "Criminal proceedings have been opened against 31 persons, 12 of whom remain in
pre-trial detention". The 12 are a part of the 31 charged, whom the statement counts with no
fate of theirs; the detained counted sentences before are not the whole "whom" names, and
"remain" says the 12 are still held, not that they are what is left of an earlier count."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.lexicon import PERSON, names_group
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token


def whole_of_the_relative_has_no_fate(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], part: Figure
) -> bool:
    """Is the part counted with "of whom" ("31 persons, 12 of whom", "31 persons, of whom
    12") or with "of them" after a semicolon ("31 persons; 12 of them") right after a count of persons set off by a comma only, larger than the part, that
    no figure with a fate has? English."""
    first, last = part.quantity.first, part.quantity.last
    after = [t.lower for t in tokens[last + 1 : last + 3]]
    if after == ["of", "whom"]:
        comma = first - 1
    elif first >= 3 and [t.lower for t in tokens[first - 2 : first]] == ["of", "whom"]:
        comma = first - 3
    elif after == ["of", "them"] and first >= 1 and tokens[first - 1].text == ";":
        # "against 17 persons; 11 of them remain in custody": "them" across a semicolon
        # takes up the count just before it as "whom" does.
        comma = first - 1
    else:
        return False
    if comma < 1 or tokens[comma].text not in {",", ";"}:
        return False
    counted = next((q for q in quantities if q.end_token == comma - 1), None)
    if counted is None or counted.most is None or part.quantity.count is None:
        return False
    if counted.noun != PERSON and not names_group(counted.noun):
        return False
    if counted.most <= part.quantity.count:
        return False
    return not any(f.quantity is counted and f.category for f in figures)
