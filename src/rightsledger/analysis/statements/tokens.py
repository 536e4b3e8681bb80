"""Tokens with their character offsets, and the sentences they form.

Digits are read here, with the separators statements group thousands by ("1,275", "1 275",
"1.275", a thin or no-break space); numeric dates ("26.02.1992", "1992-02-26") stay one token
so their parts are never taken for counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field


def _split(text: str) -> list[str]:
    return text.split()


_GROUP_SEPARATORS = ",. \u00a0\u202f\u2009"
_TOKEN = re.compile(
    r"(?P<numdate>(?<!\d)(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?!\d))"
    r"|(?P<section>(?<![\d.,])\d{1,2}(?:\.\d{1,2}){2,}(?![\d]|[.,]\d))"
    r"|(?P<grouped>(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+(?![\d]|[.,]\d))"
    r"|(?P<num>(?<![\d.,])\d+(?:[.,]\d{1,2}(?![\d]|[.,]\d))?)"
    r"|(?P<word>[^\W\d_]+(?:['’ʼ][^\W\d_]+)?)"
    r"|(?P<punct>\S)"
)
# A number of three or more parts joined by stops numbers a section ("3.2.1 The Commission
# lists …", "paragraph 4.1.2"): one token of its own kind, which counts nothing.
# A grouped number may not take a year or a day as its first group ("in 1992 613 were
# killed" reads as two numbers, since the lookbehind refuses to start inside "1992").

_SENTENCE_END = frozenset(".!?…")
# Abbreviations after which a full stop does not end the sentence (lower case, no dot).
_ABBREVIATIONS = frozenset(
    _split(
        "jan feb mar apr jun jul aug sep sept oct nov dec no nos art arts para paras p pp vol "
        "cf e.g i.e mr mrs ms dr st etc approx est incl "
        "г гг ст стр п пп ч т им тыс млн млрд см ул рис "
        "b m h k maddə s səh"
    )
)
# English words that open a sentence and never follow an initial ("J. Smith"): after a
# single capital and a stop ("Site C. Of the 58 …") a new sentence begins.
_OPENING_WORDS_EN = frozenset(
    _split("of the in on at a an this these those it they we he she there its their")
)
# What opens an item of a list written one item a line.
BULLETS = frozenset("-–—•*·")
# The dashes that set off an aside or stand for a verb (not the hyphen of a compound word).
DASHES = frozenset({"—", "–"})
# The stops that end a sentence as written (the tokenizer's own sentence ends also take "…"),
# and with the semicolon those that end a clause standing on its own.
FULL_STOPS = frozenset({".", "!", "?"})
CLAUSE_STOPS = FULL_STOPS | {";"}
# The marks that end any clause, one part of a sentence among others too: a comma, a colon.
CLAUSE_ENDS = CLAUSE_STOPS | {",", ":"}
# Double quote marks as the three languages print them: straight, English “…”, Russian «…»
# and „…“ (a closing “ as German and Russian handwriting set it).
QUOTES_OPENING = frozenset({"«", '"', "“", "„"})
QUOTES_CLOSING = frozenset({"»", '"', "”", "“"})


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # word, num, numdate, section, punct
    space_before: bool
    newline_before: int = 0  # newlines in the whitespace before the token
    lower: str = ""
    key: str = ""  # the dictionary form where a morphology knows it, else ``lower``
    pos: str = ""  # part of speech where a morphology knows it
    geo: bool = False  # a morphology's guess that the word names a place
    value: float | None = None  # for numbers
    suffix: str = ""  # an Azerbaijani case or possessive ending written after digits
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def capitalised(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()


def _digits_value(text: str, grouped: bool) -> float:
    if grouped:
        return float("".join(ch for ch in text if ch.isdigit()))
    return float(text.replace(",", "."))


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    last_end = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        gap = text[last_end : match.start()]
        token = Token(
            text=match.group(),
            start=match.start(),
            end=match.end(),
            kind="num" if kind in {"grouped", "num"} else kind,
            space_before=bool(gap) or not tokens,
            newline_before=gap.count("\n"),
        )
        if kind in {"grouped", "num"}:
            token.value = _digits_value(token.text, kind == "grouped")
        tokens.append(token)
        last_end = match.end()
    for k in range(1, len(tokens) - 1):
        if _typed_dash(tokens, k):
            tokens[k].text = "–"
    return tokens


def _typed_dash(tokens: list[Token], k: int) -> bool:
    """A hyphen with a space on either side inside a line is a dash typed on a plain keyboard
    ("33 hostages - 21 women, 9 children - were freed"), read as the en dash it stands for;
    between two numbers it may be a range ("10 - 15"), and opening a line a bullet."""
    hyphen, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
    return (
        hyphen.text == "-"
        and hyphen.space_before
        and not hyphen.newline_before
        and after.space_before
        and not after.newline_before
        and not (before.kind == "num" and after.kind == "num")
    )


def hyphened_to_a_word(tokens: list[Token], k: int) -> bool:
    """Is the token at ``k`` joined by a hyphen, with no space either side, to a word after it
    ("burnt-out", "war-torn", "five-storey")?"""
    if k + 2 >= len(tokens):
        return False
    hyphen, word = tokens[k + 1], tokens[k + 2]
    return (
        hyphen.text == "-"
        and not hyphen.space_before
        and word.kind == "word"
        and not word.space_before
    )


def abbreviation(word: str) -> bool:
    """Is the word one that is abbreviated with a dot ("Feb", «тыс», "st")?"""
    return word.lower() in _ABBREVIATIONS


def abbreviation_stops(tokens: list[Token], span: tuple[int, int]) -> set[int]:
    """Where the stops glued to an abbreviated word within ``span`` start («ул.», «г.»,
    «тыс.»): as they end no sentence, they end no clause either."""
    return {
        token.start
        for i, token in enumerate(tokens[span[0] : span[1]], span[0])
        if token.text == "."
        and i > 0
        and not token.space_before
        and tokens[i - 1].kind == "word"
        and abbreviation(tokens[i - 1].text)
    }


def quoted_word_marks(tokens: list[Token], span: tuple[int, int]) -> set[int]:
    """Where the quote marks around a few words quoted inside a clause start ('140 nəfər
    "ekstremizm" ittihamı ilə həbs olunub'): a charge or a name set in quotes between a count
    and its verb ends no clause. Quotes with a stop or comma inside, or opening or closing
    the line, hold speech or a title and are left alone."""
    marks: set[int] = set()
    k = span[0]
    while k < span[1]:
        opening = tokens[k]
        close = k + 1
        while close < min(span[1], k + 5) and tokens[close].kind == "word":
            close += 1
        if (
            opening.text in QUOTES_OPENING
            and close > k + 1
            and close < span[1] - 1
            and k > span[0]
            and tokens[close].text in QUOTES_CLOSING
            and tokens[k - 1].kind == "word"
            and tokens[close + 1].kind == "word"
            and not any(t.newline_before for t in tokens[k : close + 2])
        ):
            marks.update((opening.start, tokens[close].start))
            k = close + 1
            continue
        k += 1
    return marks


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    if token.text not in _SENTENCE_END:
        return False
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None:
        return True
    if token.text == "." and i > 0:
        previous = tokens[i - 1]
        if not token.space_before and previous.kind == "word":
            word = previous.text.lower()
            initial = len(word) == 1 and previous.text.isupper()
            if initial and following.text.lower() in _OPENING_WORDS_EN:
                return following.space_before  # "… from Site C. Of the 58, …": no initial
            if word in _ABBREVIATIONS or initial:
                # "Feb. 26" and "ст. 6" go on; an abbreviation ending a sentence before a
                # capital on a new line still ends it.
                return following.newline_before > 0
    if following.kind == "word" and following.text[:1].islower():
        return False
    return following.space_before


def sentences(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """(first, past-last) token indices of each sentence; lines and paragraphs end one too."""
    begin = 0
    for i, _token in enumerate(tokens):
        if i > begin and new_line_starts_sentence(tokens, i):
            yield begin, i
            begin = i
        if _ends_sentence(tokens, i):
            yield begin, i + 1
            begin = i + 1
    if begin < len(tokens):
        yield begin, len(tokens)


def sentence_around(spans: list[tuple[int, int]], k: int) -> tuple[int, int]:
    """The span of :func:`sentences` that holds token ``k`` (they cover every token)."""
    return next(span for span in spans if span[0] <= k < span[1])


def lines(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, past-last) token indices of each line of the text."""
    starts = [0, *(i for i, t in enumerate(tokens) if i and t.newline_before)]
    return list(zip(starts, [*starts[1:], len(tokens)], strict=True))


def new_line_starts_sentence(tokens: list[Token], i: int) -> bool:
    """Does the line break before token ``i`` (if any) end the sentence before it?"""
    token = tokens[i]
    if token.newline_before == 0:
        return False
    if token.newline_before > 1 or token.text in BULLETS:
        return True
    previous = tokens[i - 1]
    if previous.kind == "punct" and previous.text in ".;:!?":
        return True
    start = _line_start(tokens, i - 1)
    if token.text[:1].isupper() and past_item_marker(tokens, start) > start:
        # "• Donetsk region: 4" / "In total, …": an item of a list ends its line (a wrapped
        # item goes on in lower case).
        return True
    if token.extras.get(ENTRY):
        # "412 – people detained this week" / "5 – journalists still behind bars": a
        # bulletin's lines, each a count and whom it counts, are entries of their own.
        return True
    # A fact sheet's lines, each a label and its figure ("Killed: 41" / "Still missing:
    # 1,204"), end without a stop: a line after a labelled line that is labelled too is a
    # new entry, not the wrapped rest of a sentence.
    return _labelled_line(tokens, i) and _labelled_line(tokens, _line_start(tokens, i - 1))


# The mark on the first token of a bulletin's entry (``counted_entries``).
ENTRY = "entry"


# A label is a few words before a colon; more words before it are a sentence.
LABEL_WORDS = 8


def _line_start(tokens: list[Token], i: int) -> int:
    while i > 0 and not tokens[i].newline_before:
        i -= 1
    return i


def _labelled_line(tokens: list[Token], start: int) -> bool:
    """Does the line starting at ``start`` open with a label: a colon after at most
    `LABEL_WORDS` words, with something after it on the line?"""
    words = 0
    for k in range(start, len(tokens)):
        token = tokens[k]
        if k > start and token.newline_before:
            return False
        if token.text == ":":
            return k + 1 < len(tokens) and not tokens[k + 1].newline_before
        words += token.kind == "word"
        if words > LABEL_WORDS or token.text in ".;!?":
            return False
    return False


def past_item_marker(tokens: list[Token], i: int) -> int:
    """Past the marker of a list's item that opens a line at ``i`` ("•", "–", "1)", "(2)",
    "3.", "b)"), or a numbered item after a colon or semicolon ("…: 1) in Orsk, …; 2) …"),
    or ``i`` itself when none opens there."""
    if i >= len(tokens):
        return i
    opens_line = i == 0 or tokens[i].newline_before > 0
    if opens_line and tokens[i].text in BULLETS:
        return i + 1
    if not opens_line and tokens[i - 1].text not in {":", ";"}:
        return i
    k = i + 1 if tokens[i].text == "(" else i
    if k + 1 >= len(tokens) or tokens[k + 1].space_before:
        return i
    number = tokens[k].kind == "num" or (tokens[k].kind == "word" and len(tokens[k].text) == 1)
    if number and tokens[k + 1].text == ")":
        return k + 2
    if number and k == i and tokens[k].kind == "num" and tokens[k + 1].text == ".":
        return k + 2
    return i


def past_a_clock_time(tokens: list[Token], i: int) -> int:
    """Past the time that opens an entry of a log at ``i`` and the dash after it ("10:30 —
    …", «09:20 — Прибыл автобус …»), or ``i`` itself when none opens there."""
    if i + 3 >= len(tokens) or (i > 0 and not tokens[i].newline_before):
        return i
    hour, colon, minutes, dash = tokens[i : i + 4]
    clock = hour.kind == "num" and colon.text == ":" and minutes.kind == "num"
    if clock and not colon.space_before and not minutes.space_before and dash.text in DASHES:
        return i + 4
    return i


def separators() -> str:
    return _GROUP_SEPARATORS
