"""Figures a prosecution alleged that a finding after them does not bear out.

A figure put forward as an allegation ("The indictment alleged that 31 of the men were shot",
«Обвинение настаивало на 11 погибших», "İstintaq 13 nəfərin işgəncəyə məruz qaldığını iddia
etsə də") and followed later in the text by a smaller figure of the same act — what the court or
the finding held proven — is the allegation the finding replaced: no claim, as figures found
unproven are none; its parts become parts of its whole. An allegation no smaller figure follows
stands (an indictment's figures are claims).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

# Words that put a figure forward as an allegation, before it in its sentence: English with
# "that" ("alleged that"; "the alleged attackers" alleges nothing) and Russian («настаивало
# на», «вменяло»).
_ALLEGING_EN = frozenset({"alleged", "alleges", "allege", "alleging"})
_ALLEGING_RU = ("настаива", "вменя")
# Azerbaijani puts the verb after: "iddia etsə də", "iddia etmişdisə" (although it alleged).
_AZ_ALLEGING_AFTER = ("etsə", "etmişdisə", "edirsə", "etmişsə")


def drop_superseded_allegations(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """The figures without the allegations a smaller figure of the same act replaced."""
    spans = list(sentences(tokens))
    dropped: set[int] = set()
    for figure in figures:
        span = next(((b, e) for b, e in spans if b <= figure.first < e), (0, len(tokens)))
        if figure.quantity.count is None or not _alleged(tokens, span, figure):
            continue
        if any(
            later.first > figure.last
            and later.category == figure.category
            and later.quantity.count is not None
            and later.quantity.count < figure.quantity.count
            and not _told_apart(later, figure, span[1])
            for later in figures
        ):
            dropped.add(id(figure))
    if not dropped:
        return figures
    kept = [f for f in figures if id(f) not in dropped]
    for figure in kept:
        while figure.parent is not None and id(figure.parent) in dropped:
            figure.parent = figure.parent.parent
    return kept


def _told_apart(later: Figure, figure: Figure, sentence_end: int) -> bool:
    """Is the later figure a part the allegation itself tells ("31 were shot, 12 of them
    children")? A part of the same group in a later sentence ("… 23 of them were killed") is
    what the finding held of them, whether or not it names their group again ("31 of the men
    were shot … 23 of them were killed")."""
    parent = later.parent
    while parent is not None and parent is not figure:
        parent = parent.parent
    if parent is None:
        return False
    other_group = later.subgroup not in {"all", figure.subgroup}
    return other_group or later.first < sentence_end


def _alleged(tokens: list[Token], span: tuple[int, int], figure: Figure) -> bool:
    begin, end = span
    for k in range(begin, figure.first):
        token = tokens[k]
        if token.lower in _ALLEGING_EN and tokens[k + 1].lower == "that":
            return True
        if token.lower.startswith(_ALLEGING_RU):
            return True
    for k in range(figure.last + 1, end - 1):
        if tokens[k].text == ",":
            break
        if tokens[k].lower == "iddia" and tokens[k + 1].lower in _AZ_ALLEGING_AFTER:
            return True
    return False
