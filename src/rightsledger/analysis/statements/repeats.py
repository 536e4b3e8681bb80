"""A headline and the lead under it: "Market blast kills 14, wounds dozens. TOWN, May 3 -
Fourteen people were killed and dozens wounded …" gives each figure once, twice over.

A figure of the opening sentence that the next sentence gives again in the same terms (the
same category, group, count or range, qualifier and words) is one figure: it is kept where
the lead gives it, and parts of the headline's figure become parts of the lead's. Only the
next sentence restates a headline, and only when it opens with a dateline ("TOWN, May 3
(Agency) -", «ЗАРЕЧЬЕ, 4 мая —»): two plain sentences that give the same count ("On Monday
two people were killed in Arden. On Tuesday two people were killed in Belm.") may count two
events. A figure that comes back later in the text may be another event's too, and two
figures in one sentence ("no civilians were injured, and none of the hostages was harmed")
count two groups.
"""

from __future__ import annotations

from itertools import islice

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences


def drop_headline_repeats(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without the opening sentence's figures that the next sentence restates."""
    spans = list(islice(sentences(tokens), 2))
    if len(spans) < 2:
        return figures
    (_, headline_end), (lead_begin, lead_end) = spans
    if not _dateline(tokens, lead_begin, lead_end):
        return figures
    lead = [f for f in figures if lead_begin <= f.quantity.first < lead_end and f.parent is None]
    kept: list[Figure] = []
    for figure in figures:
        same = None
        if figure.quantity.first < headline_end and figure.parent is None:
            same = next((f for f in lead if _restates(f, figure)), None)
        if same is None:
            kept.append(figure)
            continue
        lead.remove(same)  # one restatement for one headline figure
        for other in figures:
            if other.parent is figure:
                other.parent = same
    return kept


def _restates(later: Figure, figure: Figure) -> bool:
    one, other = later.quantity, figure.quantity
    if not figure.category:
        return False
    return (
        later.category == figure.category
        and later.subgroup == figure.subgroup
        and (one.count, one.low, one.high, one.qualifier)
        == (other.count, other.low, other.high, other.qualifier)
        and (
            one.qualifier != "vague" or one.qualifier_words.lower() == other.qualifier_words.lower()
        )
    )


_DASHES = frozenset({"-", "—", "–"})


def _dateline(tokens: list[Token], begin: int, end: int) -> bool:
    """Does the sentence open with a dateline: a place in capitals, a date or an agency in
    parentheses, then a dash, within its first ten words?"""
    for k in range(begin, min(end, begin + 12)):
        token = tokens[k]
        if token.text in _DASHES and token.space_before and k > begin:
            before = tokens[begin:k]
            return any(
                t.text == ")" or t.kind == "num" or (len(t.text) >= 3 and t.text.isupper())
                for t in before
            )
    return False
