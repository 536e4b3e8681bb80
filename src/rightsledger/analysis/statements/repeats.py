"""A headline and the lead under it: "Market blast kills 14, wounds dozens. TOWN, May 3 -
Fourteen people were killed and dozens wounded …" gives each figure once, twice over.

A figure of the opening sentence that the next sentence gives again in the same terms (the
same category, group, count or range, qualifier and words) is one figure: it is kept where
the lead gives it, and parts of the headline's figure become parts of the lead's. A title,
a first line set off by a blank line with no full stop, is restated by the body under it in
any of its sentences (its figures are the body's, told short). Otherwise only the
next sentence restates a headline, and only when it opens with a dateline ("TOWN, May 3
(Agency) -", «ЗАРЕЧЬЕ, 4 мая —») — or, when the dateline stands as short sentences of its
own («ЗАРЕЧЬЕ, 4 мая. /Агентство/.»), the first sentence with a figure after it: two plain sentences that give the same count ("On Monday
two people were killed in Arden. On Tuesday two people were killed in Belm.") may count two
events. A figure that comes back later in the text may be another event's too, and two
figures in one sentence ("no civilians were injured, and none of the hostages was harmed")
count two groups.
"""

from __future__ import annotations

from itertools import islice

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token, sentences


def drop_headline_repeats(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without the opening sentence's figures that the next sentence restates."""
    spans = list(islice(sentences(tokens), _MOST_DATELINE_SENTENCES + 2))
    if len(spans) < 2:
        return figures
    headline_end = spans[0][1]
    lead_begin, lead_end = spans[1]
    body = _body_under_a_title(tokens)
    if body is not None:
        headline_end, lead_begin, lead_end = body, body, len(tokens)
    elif not opens_with_a_dateline(tokens, lead_begin, lead_end):
        lead_span = _lead_after_dateline_sentences(tokens, spans[1:], figures)
        if lead_span is None:
            return figures
        lead_begin, lead_end = lead_span
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


def _body_under_a_title(tokens: list[Token]) -> int | None:
    """Where the body begins under a title: a first line with no full stop at its end, set
    off from the text by a blank line ("Media group: 19 journalists arrested in 2025" / "" /
    "Nineteen journalists were arrested …"). The body tells the title's figures in its own
    sentences, the first of them or a later one; ``None`` when the first line is no title."""
    body = next((k for k, t in enumerate(tokens) if k and t.newline_before), None)
    if body is None or tokens[body].newline_before < 2 or tokens[body - 1].text in FULL_STOPS:
        return None
    return body


def drop_headline_zeros(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without a zero of the first line that the text under it says again.

    A headline's "no one was hurt" («никто не пострадал», "xəsarət alan yoxdur") is the
    zero the report gives in its own words below ("There were no dead or injured", «Погибших
    и раненых нет»), wherever it gives it: a zero counts no event of its own to tell apart.
    """
    first_line = next((k for k, t in enumerate(tokens) if k and t.newline_before), None)
    if first_line is None:
        return figures
    below = [f for f in figures if f.quantity.first >= first_line and f.quantity.zero]
    return [
        f
        for f in figures
        if not (
            f.quantity.first < first_line
            and f.quantity.zero
            and f.parent is None
            and any(_restates(later, f) for later in below)
        )
    ]


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

# A dateline set as sentences of its own ("ZARECHNY, 14 November. /Northern News Agency/."):
# at most this many, each of at most this many tokens.
_MOST_DATELINE_SENTENCES = 2
_MOST_DATELINE_TOKENS = 12


def _lead_after_dateline_sentences(
    tokens: list[Token], spans: list[tuple[int, int]], figures: list[Figure]
) -> tuple[int, int] | None:
    """The lead when the dateline stands as sentences of its own after the headline («…
    погибли при обстреле. ЗАРЕЧНЫЙ, 14 ноября. /Агентство/. Трое …», "Qaraçay, 14 noyabr,
    "Sahil-Press"."): short sentences with no figure, that name a place in capitals, give
    a date or a byline ("By Dana Pike, Evening Post."); the lead is the first sentence after them with a figure (what comes before it
    only sets the scene)."""
    starts = {f.quantity.first for f in figures}
    k = 0
    while k < len(spans) and k < _MOST_DATELINE_SENTENCES:
        begin, end = spans[k]
        short = end - begin <= _MOST_DATELINE_TOKENS
        if not short or any(begin <= first < end for first in starts):
            break
        k += 1
    if k == 0:
        return None
    dated = any(
        t.kind == "num" or (len(t.text) >= 3 and t.text.isupper())
        for begin, end in spans[:k]
        for t in tokens[begin:end]
    )
    if not (dated or any(_byline(tokens, begin, end) for begin, end in spans[:k])):
        return None
    after = [f.quantity.first for f in figures if f.quantity.first >= spans[k - 1][1]]
    if not after:
        return None
    for begin, end in sentences(tokens):
        if begin <= min(after) < end:
            return begin, end
    return None


def _byline(tokens: list[Token], begin: int, end: int) -> bool:
    """Is the sentence a byline, the dateline of a local paper ("By Dana Pike, Evening
    Post.")? "By" and a capitalised name."""
    return (
        end - begin >= 2
        and tokens[begin].lower == "by"
        and tokens[begin + 1].kind == "word"
        and tokens[begin + 1].capitalised
    )


def opens_with_a_dateline(tokens: list[Token], begin: int, end: int) -> bool:
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


def drop_headline_bounds(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without a first line's rounded bound on a figure the text gives below.

    A headline rounds what the report counts: «число переселенцев превысило миллион» over
    «покинули около 1,2 млн человек», "more than 500 killed" over "at least 540 were
    killed". A round count of one or two significant digits with "more than", "up to" or
    "about" on the first line, which a figure of the same category and group below it
    meets (at least the bound and under twice it; at most it and over half; about it within
    a quarter), is that figure said again, not a figure of its own. A first line of several
    sentences is the report's first paragraph, not a headline: its "at least 20 injured" is
    the count known then, which a later "26 injured" updates.
    """
    first_line = next((k for k, t in enumerate(tokens) if k and t.newline_before), None)
    if first_line is None or _holds_sentences(tokens, first_line):
        return figures
    below = [f for f in figures if f.quantity.first >= first_line and f.parent is None]
    return [
        f
        for f in figures
        if not (
            f.quantity.first < first_line
            and f.parent is None
            and _round(f.quantity.count)
            and any(_bounds(f, later) for later in below)
        )
    ]


def _holds_sentences(tokens: list[Token], end: int) -> bool:
    """Does the first line (up to ``end``) hold two sentences or more: a full stop with
    words after it on the same line (a dateline's «Белый Яр, срочно.» and its report)?"""
    return (
        any(
            t.text in FULL_STOPS and tokens[k + 1].kind == "word"
            for k, t in enumerate(tokens[: end - 1])
        )
        and sum(t.text in FULL_STOPS for t in tokens[:end]) >= 2
    )


def _round(count: int | None) -> bool:
    """Has the count at most two significant digits (1 000 000, 1 500; not 1 523)?"""
    if count is None or count < 10:
        return False
    digits = str(count).rstrip("0")
    return len(digits) <= 2


def _bounds(headline: Figure, later: Figure) -> bool:
    """Does the headline's rounded bound take in the later figure of the same kind?"""
    bound, count = headline.quantity.count, later.quantity.count
    if bound is None or count is None or count == bound:
        return False
    if not headline.category or (later.category, later.subgroup) != (
        headline.category,
        headline.subgroup,
    ):
        return False
    qualifier = headline.quantity.qualifier
    if qualifier == "at_least":
        return bound < count < 2 * bound
    if qualifier == "at_most":
        return bound / 2 < count < bound
    if qualifier == "about":
        return abs(count - bound) <= bound / 4
    return False
