"""Figures an update of the same post replaces.

A running post that is updated in place ("YENİLƏNİB (11:20).", «🔴 Обновление 10:15.») first
gives the figures known then, and after each line of update the figures known now: a count of
an act and group given after a line of update replaces one of the same act and group given
before it, which the post no longer claims (nor its parts). Figures the update does not give
again stand, and so do vague counts; so do two figures of one act in a text with no such line
(a period's toll and a day's, say).
"""

from __future__ import annotations

from itertools import takewhile

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import restates, top_counts, without
from rightsledger.analysis.statements.tokens import Token

# The stems of the words that open a line of update ("yenilənib", "yeniləndi", "yenilənmə";
# «обновление», «обновлено», «уточнение»).
_UPDATE_STEMS = {"az": ("yenilən",), "ru": ("обновлен", "уточнен")}
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})
# Words that say a figure is the one reported before: «ранее сообщалось о 12 погибших».
_EARLIER = {"ru": frozenset({"ранее", "прежде", "первоначально", "изначально"})}


def drop_updated(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """The figures of a post updated in place, without those a later update replaced."""
    updates = _update_lines(tokens, language)
    if not updates:
        return figures
    top = top_counts(figures)
    replaced = {
        id(f)
        for f in top
        if any(_replaces(g, f) and any(f.last < u < g.first for u in updates) for g in top)
    }
    replaced |= {
        id(f)
        for f in top
        if _said_earlier(tokens, f, language)
        and any(_replaces(g, f) and _same_update(f, g, updates) for g in top)
    }
    return without(figures, replaced)


def _said_earlier(tokens: list[Token], figure: Figure, language: str) -> bool:
    """«Уточнение: ранее сообщалось о 12 погибших. Погибли 11»: a line of update that says
    what was reported earlier gives the figure it replaces, and the new one after it."""
    words = _EARLIER.get(language, frozenset())
    k = figure.first - 1
    while k >= 0 and tokens[k].text not in _SENTENCE_ENDS and not tokens[k].newline_before:
        if tokens[k].lower in words:
            return True
        k -= 1
    return k >= 0 and tokens[k].lower in words


def _same_update(earlier: Figure, later: Figure, updates: list[int]) -> bool:
    """Do both figures stand after the same line of update, the earlier one first?"""
    return earlier.last < later.first and any(
        u < earlier.first and not any(u < v < later.first for v in updates) for u in updates
    )


def _replaces(later: Figure, earlier: Figure) -> bool:
    # A vague count replaces nothing.
    return later.quantity.count is not None and restates(later, earlier)


def _update_lines(tokens: list[Token], language: str) -> list[int]:
    """Where the words of update stand that open a line or a sentence (past a mark or an
    emoji), or are written with a capital."""
    stems = _UPDATE_STEMS.get(language)
    if stems is None:
        return []
    found = []
    opened = True
    for k, token in enumerate(tokens):
        if token.newline_before or (k > 0 and tokens[k - 1].text in _SENTENCE_ENDS):
            opened = True
        if token.kind == "word":
            opens = opened or token.text[0].isupper()
            if (
                token.lower.startswith(stems)
                and opens
                and not _attributive(tokens, k, language)
                and not _entry_of_a_timed_feed(tokens, k)
            ):
                found.append(k)
            opened = False
        elif token.kind != "punct":
            opened = False
    return found


def _entry_of_a_timed_feed(tokens: list[Token], k: int) -> bool:
    """ "09:40 Уточнение: погибших уже пятеро": a line opened by its own time of day is an
    entry of a running feed, each entry the figures known at its time; the word of update
    after that time tells news, and replaces no earlier entry's figures — unless the entry
    names what was reported before, which it then corrects."""
    line_start = k - 3
    if line_start < 0 or (line_start > 0 and not tokens[line_start].newline_before):
        return False
    hours, colon, minutes = tokens[k - 3 : k]
    if not (hours.kind == "num" and colon.text == ":" and minutes.kind == "num"):
        return False
    # «11:05 Уточнение: ранее глава города сообщал о 12 погибших»: an entry that names what
    # was reported before corrects it.
    earlier = _EARLIER.get("ru", frozenset())
    entry = takewhile(lambda t: not t.newline_before, tokens[k + 1 :])
    return not any(t.lower in earlier for t in entry)


def _attributive(tokens: list[Token], k: int, language: str) -> bool:
    """ "Yenilənmiş məlumata görə, 5 nəfər həlak olub": the Azerbaijani participle before a
    noun says whose figures these are (the updated information's), as "according to" does;
    it opens no line of update."""
    if language != "az" or not tokens[k].lower.endswith(("mış", "miş")):
        return False
    return k + 1 < len(tokens) and tokens[k + 1].kind == "word"
