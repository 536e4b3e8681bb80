"""A headline that asks states nothing: "Fact check: were 200 people shot in Alder?", «Проверка
фактов: «В Ольховке расстреляли 200 человек»?», "Quşçu kəndində 150 dinc sakin öldürülüb?".

A fact-check or a feature puts the claim it examines in its title as a question; the text under
it says what holds. A figure of a question in the first line is no claim (a question in the body,
"why were 40 people detained?", may take its figure for granted, and is left alone). Nor is a
figure of a question anywhere that asks whether it is true and that the next sentence answers
with a bare "No" («Нет.», "Xeyr."): "Some say six were killed — is that true? — No. All six
are in hospital."
"""

from __future__ import annotations

import itertools

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences


def drop_headline_questions(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without those of a question in the text's first line."""
    first_line = next((k for k, t in enumerate(tokens) if k and t.newline_before), len(tokens))
    asked: list[tuple[int, int]] = []
    for begin, end in sentences(tokens):
        if begin >= first_line:
            break
        last = end - 1
        while last > begin and tokens[last].text in {"»", '"', "”", "'", ")"}:
            last -= 1
        if tokens[last].text == "?" or tokens[end - 1].text == "?":
            asked.append((begin, end))
    if not asked:
        return figures
    return [
        f for f in figures if not any(b <= f.quantity.first < e for b, e in asked)
    ]  # fmt: skip


# A bare "No" answering a question, in the three languages.
_NO = frozenset({"no", "нет", "xeyr", "yox"})
# Words that ask whether a figure is true: "is that true?", «это правда?», "doğrudurmu?".
_TRUE = ("true", "правд", "верно", "doğru", "düzdür")
# A question this short ("Is that true?") asks of the sentence before it.
_SHORT = 5
# What follows a bare "No": the end of its sentence, or a comma or dash before the reasons.
_AFTER_NO = frozenset({".", ",", "!", "—", "–"})


def drop_questions_answered_no(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """``figures`` without those of a question of truth the next sentence answers with a bare
    "No" (after the speaker's name and a colon, in a transcript)."""
    spans = list(sentences(tokens))
    denied: list[tuple[int, int]] = []
    for n, ((begin, end), (after, after_end)) in enumerate(itertools.pairwise(spans)):
        if tokens[end - 1].text != "?":
            continue
        if not any(tokens[j].lower.startswith(_TRUE) for j in range(begin, end)):
            continue  # "Were any of the 40 detainees released? No.": the 40 stand
        k = after
        colon = next(
            (j for j in range(after, min(after + 6, after_end)) if tokens[j].text == ":"), -1
        )
        if colon >= 0 and tokens[after].newline_before:
            k = colon + 1  # "MINISTER: No."
        if k + 1 < len(tokens) and tokens[k].lower in _NO and tokens[k + 1].text in _AFTER_NO:
            # "Bloggers write that six drowned. Is that true?": a short question asks of the
            # sentence before it.
            start = spans[n - 1][0] if n and end - begin <= _SHORT else begin
            denied.append((start, end))
    if not denied:
        return figures
    return [f for f in figures if not any(b <= f.quantity.first < e for b, e in denied)]
