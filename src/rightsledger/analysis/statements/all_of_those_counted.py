"""Russian «все семеро», «всех троих»: all of the persons of a count said just before, by its
number again. «Через два дня вернули семерых. Избиты были все семеро»: the seven beaten are the
seven given back, a part (the whole of them) of that figure, not a count of their own. The
figure they are is the latest before, in the same sentence or the one before, with the same
number and another fate; with none, the count stays as read. A count already read as a part of
a larger whole («…увели одиннадцать мужчин…») moves to that figure only when the figure is a
part of the same whole (the seven given back, of the eleven).

English says it "all five": "Five of the men came back a week later. All five had been
beaten", or as the object of the act "they beat all five". All of those persons are of their
group too (the men)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token, sentences

_ALL = {"ru": frozenset({"все", "всех", "всем", "всеми"}), "en": frozenset({"all"})}


def nest_all_of_those_counted(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Makes «все N» a part of the latest figure of N persons before it."""
    every = _ALL.get(language)
    if every is None:
        return
    starts = [begin for begin, _ in sentences(tokens)]
    for n, figure in enumerate(figures):
        first = figure.quantity.first
        if first < 1 or tokens[first - 1].lower not in every:
            continue
        count = figure.quantity.count
        if count is None or count < 2:
            continue
        if language == "en" and not (first - 1 in starts or _object_of_its_act(figure, first - 1)):
            continue  # "All five had been beaten", its subject; not "the remains of all 20"
        reach = _start_of_sentence_before(starts, first)
        for earlier in reversed(figures[:n]):
            if earlier.quantity.first < reach:
                break
            if earlier.quantity.count != count or earlier.category == figure.category:
                continue
            if figure.parent is None or earlier.parent is figure.parent:
                figure.parent = earlier
                if figure.subgroup == "all" and not figure.quantity.noun:
                    figure.subgroup = earlier.subgroup
            break


def _object_of_its_act(figure: Figure, all_at: int) -> bool:
    """Does "all" stand right after the verb of the figure's act, "all N" its object ("They beat
    all eleven with cables", "they released all 12")?"""
    return figure.trigger is not None and figure.trigger.last == all_at - 1


def _start_of_sentence_before(starts: list[int], k: int) -> int:
    """Where the sentence before the one holding token ``k`` begins."""
    own = max((s for s in starts if s <= k), default=0)
    return max((s for s in starts if s < own), default=own)
