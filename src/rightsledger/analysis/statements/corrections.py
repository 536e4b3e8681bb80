"""Figures a correction notice replaces.

A notice that opens with a word of correction ("Correction.", "Corrigendum", «Поправка.»,
"Düzəliş.") gives the figures its earlier article reported, then the right ones: a figure
followed later by another of the same act and group, with another count, is the one
corrected, and is no claim (nor are its parts), unless it stands in a story given in full
after the note (a paragraph that opens with a dateline: "the regional health directorate's
figure is given below"), which may count one act twice, by two sources. A part is so
corrected by a later part of the same whole ("for 'of whom five were minors' read 'of whom
three were minors'"). Outside such a notice two figures of the same act stand (a cumulative
figure and one for a shorter period are both claims).

A running post updated in place works the same way after each line of update
(:mod:`rightsledger.analysis.statements.updates`). In English, a line of a text that opens
with a word of correction and a colon ("10:25 CORRECTION: Our 09:40 post said 17 injured. …
the number of injured is 21") corrects only within itself: of two figures of one act and group
in that line, the earlier is the one corrected, and so is the figure of the same act, group
and count an earlier line gave (the post corrected); the figures of other lines stand (a toll
that rises from post to post).

A speaker who names a count of his own as said and then the correct one ("I said 412; the
correct figure … is 421") sets right the figure that gave the wrong count (English).

Anywhere, a figure followed by the count it replaces ("eight people were killed, not nine as
reported earlier") says that an earlier figure of the same act and group with that count was
wrong: that one is no claim. So does a figure followed by the act it replaces ("the 3 nurses
were killed, not wounded"): the earlier figure of that group and count under that act.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure, resolve_category
from rightsledger.analysis.statements.figures.core import NOTICE_WORDS
from rightsledger.analysis.statements.figures.taking_back import (
    named_wrong,
    restates,
    top_counts,
    without,
)
from rightsledger.analysis.statements.lexicon import PERSON, lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.repeats import opens_with_a_dateline
from rightsledger.analysis.statements.tokens import DASHES, Token, lines

# Who names a count of his own as said ("I said 412"), the words that call the next one right
# ("the correct figure … is 421"), and how far after the count said they may run.
_SPEAKERS_EN = frozenset({"i", "we"})
_CORRECT_EN = frozenset({"correct", "right", "accurate", "actual"})
_FIGURE_EN = frozenset({"figure", "number", "count", "total"})
_CORRECT_REACH = 16

# How far into its line the word of correction may stand: past a time ("10:25 CORRECTION:").
_CORRECTION_OPENING = 6
# How many tokens may name what a line of correction corrects before its colon ("Correction to
# 2/:"); a colon between digits is a time's ("10:25"), not the line's.
_WHAT_IS_CORRECTED = 5


def drop_corrected(tokens: list[Token], figures: list[Figure], language: str) -> list[Figure]:
    """The figures of a correction notice, without those it corrects. A notice that names its
    wrong count as given by mistake ("saxlanılanların sayı səhvən 340 nəfər kimi
    göstərilmişdi. Düzgün rəqəm aşağıda verilir") has said what it corrects
    (``drop_said_by_mistake``): the figures of the story after it are the right ones, and a
    later figure of the same act there (another source's count) corrects none of them."""
    words = [t for t in tokens[:3] if t.kind == "word"]
    if not words or words[0].lower not in NOTICE_WORDS:
        return figures
    if _names_a_count_by_mistake(tokens, language):
        return figures
    # A part is corrected by a later part of the same whole ("for 'of whom five were minors'
    # read 'of whom three were minors'"), as a total is by a later total.
    acts = [f for f in figures if f.category]
    story = _story_after_the_note(tokens)
    wrong = {
        id(f) for k, f in enumerate(acts)
        if f.quantity.first < story
        and any(g.parent is f.parent and restates(g, f) for g in acts[k + 1 :])
    }  # fmt: skip
    return without(figures, wrong)


def _story_after_the_note(tokens: list[Token]) -> int:
    """Where a story given in full after the note begins: the first paragraph after the
    note's own that opens with a dateline ("DORNWICK, Aug 3 (Meridian News) - …"); else
    past the end."""
    for k, token in enumerate(tokens):
        if k and token.newline_before >= 2:
            end = next(
                (j for j in range(k, len(tokens)) if tokens[j].newline_before and j > k),
                len(tokens),
            )
            if opens_with_a_dateline(tokens, k, end):
                return k
    return len(tokens)


# The word that sets the count replaced after the right one ("eight, not nine").
_NOT = {"en": "not"}


def drop_named_wrong(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without an earlier one a later figure names as the count it replaces:
    "two people were killed … Correction: four people were killed, not two"."""
    if language == "ru":
        return _set_right_what_was_named_wrong(tokens, quantities, figures)
    if language == "en":
        figures = _set_right_what_i_said(tokens, quantities, figures)
    negation = _NOT.get(language)
    if negation is None:
        return figures
    counts = {q.first: q.count for q in quantities if q.count is not None}
    triggers = lexicon(language).trigger_set
    top = top_counts(figures)
    wrong: set[int] = set()
    for figure in top:
        k = figure.last + 1
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
        if k + 1 >= len(tokens) or tokens[k].lower != negation:
            continue
        if k + 1 in counts:
            replaced = counts[k + 1]
            earlier = named_wrong(figure, [f for f in top if f.last < figure.first], replaced)
            if earlier:
                wrong.add(id(earlier[-1]))
            continue
        act = triggers.match(tokens, k + 1)
        category = resolve_category(act.value, PERSON) if act is not None else ""
        if category and category != figure.category:
            # "the 3 nurses were killed, not wounded": the earlier figure of those persons
            # under the act named wrong (a part of the wounded, it may be) is no claim.
            earlier = [
                f for f in figures
                if f.last < figure.first and f.category == category
                and (f.subgroup, f.quantity.count) == (figure.subgroup, figure.quantity.count)
            ]  # fmt: skip
            if earlier:
                wrong.add(id(earlier[-1]))
    return without(figures, wrong)


def _set_right_what_i_said(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure]
) -> list[Figure]:
    """ "By noon 236 were still held. … I said 236; the correct figure for those still held
    is 263": a speaker who names a count of his own as said ("I said 236")
    and then gives the correct figure sets right the latest figure that gave the wrong count:
    the right count takes its place, with its act, group and whole. Neither the count said
    again nor the right one read on its own is a figure besides (English)."""
    by_first = {q.first: q for q in quantities if q.count is not None}
    figured = {id(f.quantity): f for f in figures}
    replaced: dict[int, Figure] = {}
    dropped: set[int] = set()
    for wrong in by_first.values():
        k = wrong.first
        if k < 2 or tokens[k - 1].lower != "said" or tokens[k - 2].lower not in _SPEAKERS_EN:
            continue
        right = _correct_figure_after(tokens, wrong.end_token + 1, by_first)
        if right is None or right.count == wrong.count:
            continue
        earlier = [
            f for f in figures
            if f.quantity.count == wrong.count and f.last < k - 2 and id(f) not in replaced
        ]  # fmt: skip
        if not earlier:
            continue
        old = earlier[-1]
        said_again = figured.get(id(wrong))
        if said_again is not None:
            dropped.add(id(said_again))
        read_alone = figured.get(id(right))
        if read_alone is not None:
            dropped.add(id(read_alone))
        replaced[id(old)] = Figure(
            quantity=right, category=old.category, subgroup=old.subgroup, parent=old.parent,
            bound="clause",
        )  # fmt: skip
    if not replaced:
        return figures
    for figure in figures:
        if figure.parent is not None and id(figure.parent) in replaced:
            figure.parent = replaced[id(figure.parent)]
    return [replaced.get(id(f), f) for f in figures if id(f) not in dropped or id(f) in replaced]


def _correct_figure_after(
    tokens: list[Token], start: int, by_first: dict[int, Quantity]
) -> Quantity | None:
    """The count after "the correct figure … is" that follows the count said at ``start``
    (past a semicolon or a full stop, within the reach of a short clause), or None."""
    end = min(len(tokens), start + _CORRECT_REACH)
    for k in range(start, end - 1):
        if tokens[k].lower in _CORRECT_EN and tokens[k + 1].lower in _FIGURE_EN:
            for j in range(k + 2, end - 1):
                if tokens[j].lower == "is" and j + 1 in by_first:
                    return by_first[j + 1]
            return None
    return None


def _set_right_what_was_named_wrong(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure]
) -> list[Figure]:
    """«47 человек мы разместили в спортзале. Поправлю себя: не сорок семь, а пятьдесят
    два»: Russian names the wrong count first, «не N, а M»; the latest figure with no whole
    that gave N is given as M instead (its parts are the right count's). Bare numbers only:
    «не 40 человек, а 40 семей» counts something else, and a count no figure gave stays
    unread (Russian)."""
    by_first = {q.first: q for q in quantities if q.count is not None}
    top = top_counts(figures)
    figured = {id(f.quantity) for f in figures}
    replaced: dict[int, Figure] = {}
    for wrong in by_first.values():
        k = wrong.first
        right = by_first.get(wrong.end_token + 3)
        if k == 0 or tokens[k - 1].lower != "не" or right is None:
            continue
        if [t.text.lower() for t in tokens[wrong.end_token + 1 : right.first]] != [",", "а"]:
            continue
        if wrong.np_first >= 0 or right.np_first >= 0 or {id(wrong), id(right)} & figured:
            continue
        earlier = [
            f for f in top
            if f.quantity.count == wrong.count and f.last < k and id(f) not in replaced
        ]  # fmt: skip
        if earlier:
            old = earlier[-1]
            replaced[id(old)] = Figure(
                quantity=right, category=old.category, subgroup=old.subgroup, bound="clause"
            )
    if not replaced:
        return figures
    for figure in figures:
        if figure.parent is not None and id(figure.parent) in replaced:
            figure.parent = replaced[id(figure.parent)]
    return [replaced.get(id(f), f) for f in figures]


def drop_corrected_in_a_line(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without those an English line of correction corrects, in the line and
    before it."""
    if language != "en":
        return figures
    top = top_counts(figures)
    # Parts are corrected by parts ("I wrote that two of the dead were children … of the 17
    # dead, three are children"), never by a total, nor a total by a part.
    parts = [f for f in figures if f.parent is not None and f.category and f.quantity.count]
    wrong: set[int] = set()
    for first, last in lines(tokens):
        if not _opens_a_correction(tokens, first, last):
            continue
        for counted in (top, parts):
            inside = [f for f in counted if first <= f.quantity.first < last]
            corrected = [
                f for k, f in enumerate(inside) if any(restates(g, f) for g in inside[k + 1 :])
            ]
            for f in corrected:
                wrong.add(id(f))
                wrong.update(
                    id(g) for g in counted
                    if g.quantity.first < first and g.quantity.count == f.quantity.count
                    and g.category == f.category and g.subgroup == f.subgroup
                )  # fmt: skip
    return without(figures, wrong)


def _opens_a_correction(tokens: list[Token], first: int, last: int) -> bool:
    """Does a word of correction with a colon after it stand at the opening of the line? The
    colon may follow what is corrected: "Correction to 2/:", "Correction to my 10:25 post:"."""
    return any(
        tokens[k].lower in NOTICE_WORDS
        and any(
            tokens[j].text == ":" and not tokens[j].space_before and tokens[j - 1].kind != "num"
            for j in range(k + 1, min(k + 1 + _WHAT_IS_CORRECTED, last))
        )
        for k in range(first, min(first + _CORRECTION_OPENING, last - 1))
    )


# Azerbaijani "by mistake" before the wrong count ("yaralıların sayı səhvən 16 göstərilib").
_BY_MISTAKE = {"az": "səhvən"}


def _names_a_count_by_mistake(tokens: list[Token], language: str) -> bool:
    """Does a number follow the word of "by mistake" («səhvən 340 nəfər»)?"""
    mistake = _BY_MISTAKE.get(language)
    return any(
        token.lower == mistake and k + 1 < len(tokens) and tokens[k + 1].kind == "num"
        for k, token in enumerate(tokens)
    )


def drop_said_by_mistake(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without an earlier one whose count a later sentence says was given by
    mistake ("16 nəfər yaralanıb … yaralıların sayı səhvən 16 göstərilib, … yaralananların
    sayı 26-dır"): the right figure after it names the act, and the earlier figure of that
    act with the wrong count is no claim."""
    if language == "ru":
        return _drop_taken_back_ru(tokens, quantities, figures)
    mistake = _BY_MISTAKE.get(language)
    if mistake is None:
        return figures
    top = top_counts(figures)
    wrong: set[int] = set()
    for quantity in quantities:
        if quantity.count is None or quantity.first == 0:
            continue
        if tokens[quantity.first - 1].lower != mistake:
            continue
        right = next((f for f in top if f.first > quantity.end_token), None)
        if right is None:
            continue
        earlier = named_wrong(right, [f for f in top if f.last < quantity.first], quantity.count)
        wrong.update(id(f) for f in earlier)
    return without(figures, wrong)


# What a Russian speaker says of a count they take back, after a dash: «Двадцать — это я
# ошиблась», «двадцать — это была ошибка».
_TAKEN_BACK_RU = (
    ("это", "я", "ошиблась"), ("это", "я", "ошибся"), ("это", "я", "ошиблись"),
    ("это", "ошибка"), ("это", "была", "ошибка"), ("это", "неверно"), ("я", "ошиблась"),
    ("я", "ошибся"),
)  # fmt: skip


def _drop_taken_back_ru(
    tokens: list[Token], quantities: list[Quantity], figures: list[Figure]
) -> list[Figure]:
    """The figures without the last earlier one of a count said again bare and taken back
    («… держали двадцать человек. … Двадцать — это я ошиблась»)."""
    top = top_counts(figures)
    counted = {id(f.quantity) for f in figures}
    wrong: set[int] = set()
    for quantity in quantities:
        if quantity.count is None or id(quantity) in counted:
            continue
        dash = quantity.end_token + 1
        if dash >= len(tokens) or tokens[dash].text not in DASHES:
            continue
        words = tuple(t.lower for t in tokens[dash + 1 : dash + 4])
        if not any(words[: len(phrase)] == phrase for phrase in _TAKEN_BACK_RU):
            continue
        earlier = [f for f in top if f.last < quantity.first and f.quantity.count == quantity.count]
        if earlier:
            wrong.add(id(earlier[-1]))
    return without(figures, wrong)


# An English wire's note of correction, a line in brackets: "(Corrects death toll in
# paragraph 1 to nine from 19)", "(This story has been corrected to show that …)".
_CORRECTING_EN = ("correct",)
# … or a note that tells of a version before it or a figure misspoken: "An earlier version of
# this story said 91 …; the spokesman later said he had misspoken and the figure was 19".
_EARLIER_VERSION_EN = frozenset({("earlier", "version"), ("previous", "version")})
_MISSAID_EN = ("misspok", "misstat")
# The heading of an Azerbaijani note of correction: "DÜZƏLİŞ:", "Düzəliş."
_CORRECTION_AZ = ("düzəliş",)


def drop_corrections_said_again(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """The figures without those of a note of correction that the text gives again in the
    same terms: the note tells what the corrected story now says ("… to nine from 19" beside
    the lead's "killed nine people"; "DÜZƏLİŞ: … Düzgün rəqəm 120-dir" above "120 nəfər
    saxlanılıb"), one figure, not two. A note's figure the text gives nowhere else
    ("CORRECTS number of injured in Update 1 to 23") stays the claim. An English wire's note
    is a line in brackets, an Azerbaijani one a line opened by "Düzəliş" (correction)."""
    if language not in {"en", "az"}:
        return figures
    top = top_counts(figures)
    said_again: set[int] = set()
    for first, last in lines(tokens):
        if not _a_note_of_correction(tokens, first, last, language):
            continue
        outside = [f for f in top if not first <= f.quantity.first < last]
        said_again.update(
            id(f)
            for f in top
            if first <= f.quantity.first < last and any(_same_terms(g, f) for g in outside)
        )
    return without(figures, said_again)


def _a_note_of_correction(tokens: list[Token], first: int, last: int, language: str) -> bool:
    """Is the line a bracket ("(" first, ")" last) with a word of correcting in it (or of an
    earlier version, or of a figure misspoken), or in Azerbaijani a line opened by
    "Düzəliş"?"""
    if last <= first:
        return False
    if language == "az":
        # The first word of the line, past a time of day ("15:00 DÜZƏLİŞ. …").
        word = next((t for t in tokens[first:last] if t.kind == "word"), None)
        return word is not None and word.lower.startswith(_CORRECTION_AZ)
    if tokens[first].text != "(" or tokens[last - 1].text != ")":
        return False
    if any(tokens[k].lower.startswith(_CORRECTING_EN + _MISSAID_EN) for k in range(first, last)):
        return True
    return any(
        (tokens[k].lower, tokens[k + 1].lower) in _EARLIER_VERSION_EN
        for k in range(first, last - 1)
    )


def _same_terms(one: Figure, other: Figure) -> bool:
    return (one.category, one.subgroup, one.quantity.count) == (
        other.category,
        other.subgroup,
        other.quantity.count,
    )
