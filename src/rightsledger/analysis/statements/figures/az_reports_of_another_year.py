"""An Azerbaijani report in the pluperfect of a figure of a year named before it ("2019-cu
ildə də eyni kənddə 4 nəfərin öldüyü bildirilmişdi", in 2019 too four were reported to have
died): a figure of that earlier period, which stands as its own claim, not an earlier
report of the figure now given, which a newer one replaces ("Əvvəl 12 nəfərin həlak olduğu
bildirilmişdi")."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import CLAUSE_ENDS, Token

# A year as it is written, four digits from 1900 to 2099.
_YEAR = re.compile(r"(19|20)\d\d")


def of_a_year_named_before(
    tokens: list[Token], quantities: list[Quantity], begin: int, k: int
) -> bool:
    """Does a year ("2019-cu ildə", "2019-cu ilin mayında") stand in the clause that ends at
    the report's verb ``k``, before the first count of that clause?"""
    start = k - 1
    while start > begin and tokens[start - 1].text not in CLAUSE_ENDS:
        start -= 1
    counts = [q.first for q in quantities if not q.non_count and start <= q.first < k]
    if not counts:
        return False
    return any(
        _YEAR.fullmatch(tokens[j].text) and _year_word_after(tokens, j, counts[0])
        for j in range(start, counts[0])
    )


def _year_word_after(tokens: list[Token], j: int, end: int) -> bool:
    """Is the number at ``j`` followed, before ``end``, by "il" in some form ("2019-cu ildə",
    "2019-cu ilin")? Then it names a year, not a count."""
    return any(tokens[m].lower.startswith("il") for m in range(j + 1, min(j + 4, end)))
