"""A part of the dead is a part of the toll as it stands, not of a toll an earlier report gave.

"The toll rose to 40, up from 31. Initial reports had spoken of 12 dead. At least nine of the
dead were children": the 12 of the first reports stays a figure of its own (a step on the way),
but "the dead" the next sentence speaks of are the 40 the toll now counts — the largest toll of
that fate told before the report. The report is named by its words: in English "initial
reports", in Russian an earlier time and a verb of telling in the past («Утром администрация
называла цифру 18»)."""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

# Reports the text names as the first or earlier ones: "initial reports", "early reports".
_EARLY = frozenset({"initial", "early", "earlier", "first", "preliminary"})
_REPORTS = frozenset({"reports", "report", "estimates", "accounts"})
# Russian: a time before the toll as it stands, and the past of a verb of telling.
_EARLY_RU = frozenset({"утром", "ранее", "накануне", "вчера", "первоначально", "изначально"})
_TOLD_RU = ("называл", "сообщал", "говорил", "заявлял", "приводил")
_REPORTED_RU = frozenset({"сообщалось", "говорилось"})


def nest_parts_under_the_toll_as_it_stands(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Moves a part from a whole an earlier report gave to the largest toll before it."""
    if language not in {"en", "ru"}:
        return
    spans = list(sentences(tokens))
    for figure in figures:
        whole = figure.parent
        if (
            whole is None
            or whole.parent is not None
            or not _said_as_an_earlier_report(tokens, spans, whole, language)
        ):
            continue
        if _sentence_of(spans, figure.first) == _sentence_of(spans, whole.first):
            continue  # "initial reports spoke of 12 dead, nine of them children": theirs
        tolls = [
            f
            for f in figures
            if f.last < whole.first
            and f.parent is None
            and f.category == whole.category
            and f.subgroup == whole.subgroup
            and f.quantity.count is not None
            and whole.quantity.count is not None
            and f.quantity.count > whole.quantity.count
        ]
        if tolls:
            figure.parent = max(tolls, key=lambda f: f.quantity.count or 0)


def _sentence_of(spans: list[tuple[int, int]], k: int) -> int:
    return next((n for n, (b, e) in enumerate(spans) if b <= k < e), -1)


def _said_as_an_earlier_report(
    tokens: list[Token], spans: list[tuple[int, int]], whole: Figure, language: str
) -> bool:
    """Is ``whole`` counted in a sentence that opens with an early report before it?"""
    n = _sentence_of(spans, whole.first)
    if n < 0:
        return False
    begin = spans[n][0]
    words = [t.lower for t in tokens[begin : whole.first]]
    if language == "ru":
        # «Утром администрация называла цифру 18»: an earlier time and a verb of telling in
        # the past before the count.
        told = any(w.startswith(_TOLD_RU) for w in words)
        # «на 14 августа сообщалось о 61»: the impersonal past tells a report by itself.
        return (told and bool(set(words) & _EARLY_RU)) or bool(set(words) & _REPORTED_RU)
    return any(a in _EARLY and b in _REPORTS for a, b in pairwise(words))
