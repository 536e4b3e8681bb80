"""Russian tells what an act did to the persons it befell in a clause opened by «в результате
чего» or «вследствие чего» (as a result of which): «избили 29 задержанных, в результате чего
двое скончались, а у 11 диагностированы переломы». The counts of that clause are of those
persons: parts of the act's count, whatever fate each names.

Only counts with a fate of persons, smaller than the act's count and with no whole of their
own, are so taken; the clause runs to the end of the sentence or to a «;»."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.model import THING_CATEGORIES
from rightsledger.analysis.statements.tokens import Token, sentence_around, sentences

# The words that open the clause of the result: «в результате чего», «вследствие чего».
_OPENERS = (("в", "результате", "чего"), ("вследствие", "чего"))
# What befalls things, or families rather than the persons counted before.
_NOT_OF_PERSONS = THING_CATEGORIES | {"families_wiped_out"}


def nest_the_results_of_an_act(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes the counts of a clause of result parts of the count of the act before it."""
    if language != "ru":
        return
    spans = list(sentences(tokens))
    for whole in figures:
        if not _of_persons(whole) or whole.quantity.most is None:
            continue
        _, end = sentence_around(spans, whole.quantity.first)
        opened = _result_opened_after(tokens, whole.last + 1, end)
        if opened is None or any(
            whole.last < f.quantity.first < opened for f in figures if f is not whole
        ):
            continue  # the clause tells the result of a count nearer it
        stop = next((k for k in range(opened, end) if tokens[k].text == ";"), end)
        for part in figures:
            quantity = part.quantity
            if not opened <= quantity.first < stop or part is whole or part.parent is not None:
                continue
            if not _of_persons(part) or quantity.most is None:
                continue
            if quantity.most < whole.quantity.most:
                part.parent = whole


def _of_persons(figure: Figure) -> bool:
    return bool(figure.category) and figure.category not in _NOT_OF_PERSONS


def _result_opened_after(tokens: list[Token], k: int, end: int) -> int | None:
    """Past the words opening a clause of result after ``k`` in the same sentence (with no
    «;» before it), or None."""
    for j in range(k, end):
        if tokens[j].text == ";":
            return None
        if j == 0 or tokens[j - 1].text != ",":
            continue  # the clause of result follows a comma
        for words in _OPENERS:
            if tuple(t.lower for t in tokens[j : j + len(words)]) == words:
                return j + len(words)
    return None
