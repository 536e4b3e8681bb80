"""The count a list or tally had at an earlier moment, told in a sentence of its own after the
figure: "Our register holds 812 names. When we began in 2010 it had 1,015.", "The jail held 640
detainees. At the previous visit the monitors counted 590.", "A year ago the list stood at 901."

The later sentence names no act: it opens with an earlier moment ("when …", "a year ago",
"at the previous visit"), then the list, the figure or whoever counted, a verb of tallying
("had", "stood at", "counted") and a bare number that ends the clause. The number is the same
tally as the figure of the sentence before, counted then: a figure of its own, of that act and
group, no part of the later one (the counts of one tally over time are a series of figures,
each with no parent). A number with a noun of its own ("the town had 900 people then") is not
read so.
"""

from __future__ import annotations

from rightsledger.analysis.statements.comparisons import counts_the_same
from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import with_added_after
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token, sentences

# Words of a moment before the one of the figure: "when we began", "a year ago", "at the
# previous visit", "last week", "before the war".
_EARLIER_EN = frozenset({"when", "ago", "earlier", "previous", "previously", "last", "before"})
# Verbs of a tally that take the bare number ("it had 1,015", "the monitors counted 590") and
# the one said with its preposition ("the list stood at 901").
_TALLYING_EN = frozenset({"had", "counted", "numbered", "totalled", "totaled"})
_STOOD_AT_EN = ("stood", "at")
# What may have had or stood at the number: the list itself, said again or by "it" (a place
# that "had 3,000" had its people).
_TALLIES_EN = frozenset(
    {"it", "list", "lists", "register", "registry", "roll", "database", "records", "figure",
     "number", "total", "toll", "count", "tally"}
)  # fmt: skip
_CLAUSE_ENDS = frozenset({".", ";"})


def add_counts_at_an_earlier_moment(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures``, each followed by the count its tally had at an earlier moment, told in
    the next sentence."""
    if language != "en":
        return figures
    taken = {id(f.quantity) for f in figures}
    spans = list(sentences(tokens))
    added: dict[int, list[Figure]] = {}
    for number, (begin, end) in enumerate(spans):
        if number == 0:
            continue
        for quantity in quantities:
            if not begin <= quantity.first < end or id(quantity) in taken:
                continue
            if not _tallied_then(tokens, quantity, begin, end):
                continue
            before = spans[number - 1]
            figure = next(
                (
                    f
                    for f in reversed(figures)
                    if before[0] <= f.first < before[1] and f.category and f.parent is None
                ),
                None,
            )
            if figure is None or not counts_the_same(quantity, figure.quantity):
                continue
            added.setdefault(id(figure), []).append(
                Figure(quantity, figure.category, figure.subgroup)
            )
            taken.add(id(quantity))
    return with_added_after(figures, added)


def _tallied_then(tokens: list[Token], quantity: Quantity, begin: int, end: int) -> bool:
    """Is the bare number the last of its clause, after a verb of tallying and its subject,
    in a sentence that opens with an earlier moment?"""
    if quantity.noun or quantity.non_count or quantity.zero:
        return False
    after = quantity.end_token + 1
    if after < end and tokens[after].text not in _CLAUSE_ENDS:
        return False
    verb = quantity.first - 1
    if verb - 1 < begin:
        return False
    words = [t.lower for t in tokens[verb - 1 : verb + 1]]
    if tuple(words) == _STOOD_AT_EN:
        verb -= 1
    elif words[1] not in _TALLYING_EN:
        return False
    subject = tokens[verb - 1]
    if tokens[verb].lower != "counted" and subject.lower not in _TALLIES_EN:
        return False  # "the village had 3,000": a place's people, not the list's count
    return any(t.lower in _EARLIER_EN for t in tokens[begin : verb - 1])
