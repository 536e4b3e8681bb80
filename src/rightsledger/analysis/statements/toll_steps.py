"""One more person added to a toll, said on the way to the new toll: «Один из пострадавших
скончался, таким образом, погибших уже трое», «в больнице скончалась одна из раненых; число
погибших возросло до пяти». The one who died is the step by which the toll rose, and the toll
after it counts him: the sentence gives one figure, the new toll, not a figure of one person
beside it. Without the new toll in the same sentence («Один из похищенных скончался в плену»)
the one who died is a figure of his own. English says it the same way: "One of the injured
has died in hospital, bringing the toll to seven".

A table's cells are no such sentence: a cell of one ("| Dunmore | 12 | 1 |") stands beside
the "Total" row below it, whose word of a total names the row, not a toll that rose."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

# Words that say the count after them is the toll as it now stands: «таким образом», «уже»,
# «число погибших возросло до»; "bringing the toll to seven", "raising the number of dead to".
_TOLL_WORDS = {
    "en": frozenset(
        {"toll", "bringing", "raising", "pushing", "taking", "total", "number", "risen",
         "rose", "rises", "climbed"}
    ),
    "ru": frozenset(
        {"таким", "число", "количество", "уже", "возросло", "выросло", "увеличилось",
         "достигло", "составило"}
    ),
}  # fmt: skip


def drop_steps_of_a_toll(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """``figures`` without a figure of one person that the toll after it in its sentence
    has added up."""
    words = _TOLL_WORDS.get(language)
    if words is None:
        return figures
    steps = {
        id(figure)
        for n, figure in enumerate(figures)
        if figure.quantity.count == 1
        and figure.quantity.qualifier == "exact"
        and figure.bound != "table"
        and any(_toll_after(tokens, figure, toll, words) for toll in figures[n + 1 :])
    }
    return without(figures, steps) if steps else figures


def _toll_after(tokens: list[Token], step: Figure, toll: Figure, words: frozenset[str]) -> bool:
    """Is ``toll`` the toll of the step's fate, said later in its sentence as it now stands?"""
    count = toll.quantity.count
    if toll.category != step.category or toll.parent is not None or count is None or count < 2:
        return False
    between = tokens[step.last + 1 : toll.last + 1]
    if any(t.text in FULL_STOPS for t in between):
        return False
    return any(t.lower in words for t in between)
