"""Figures an update of the same post replaces.

A post that is updated in place ("YENİLƏNİB (11:20).", "Yenilənmə:") first gives the figures
known then, and after the marker the figures known now: a figure before the marker followed,
after it, by another of the same act and group with another count is the one replaced, and
is no claim (nor are its parts). Figures the update does not give again stand; so do two
figures of one act in a text with no such marker (a period's toll and a day's, say).
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# The word that opens an update, by its stem ("yenilənib", "yeniləndi", "yenilənmə").
_UPDATE_STEMS = {"az": ("yenilən",)}


def drop_updated(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """The figures of an updated post, without those an update replaces."""
    marker = _update_marker(tokens, language)
    if marker is None:
        return figures
    top = [f for f in figures if f.parent is None and f.category]
    before = [f for f in top if f.last < marker]
    after = [f for f in top if f.first > marker]
    replaced = {
        id(f)
        for f in before
        if any(
            g.category == f.category
            and g.subgroup == f.subgroup
            and g.quantity.count != f.quantity.count
            for g in after
        )
    }
    return [f for f in figures if id(f) not in replaced and id(f.parent) not in replaced]


def _update_marker(tokens: list[Token], language: str) -> int | None:
    """The token of the first update marker that opens a line or a sentence, if any."""
    stems = _UPDATE_STEMS.get(language, ())
    for k, token in enumerate(tokens):
        if token.kind != "word" or not token.lower.startswith(stems):
            continue
        if k == 0 or tokens[k - 1].text in {".", "!", "?", "\n"} or token.text[0].isupper():
            return k
    return None
