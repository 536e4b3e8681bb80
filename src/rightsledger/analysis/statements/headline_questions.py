"""A headline that asks states nothing: "Fact check: were 200 people shot in Alder?", «Проверка
фактов: «В Ольховке расстреляли 200 человек»?», "Quşçu kəndində 150 dinc sakin öldürülüb?".

A fact-check or a feature puts the claim it examines in its title as a question; the text under
it says what holds. A figure of a question in the first line is no claim (a question in the body,
"why were 40 people detained?", may take its figure for granted, and is left alone).
"""

from __future__ import annotations

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
