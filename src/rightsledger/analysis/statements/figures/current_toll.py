"""The toll as it now stands, among earlier reports of it: «Число погибших возросло до 31
человека … Утром сообщали о двенадцати погибших, к обеду — о двадцати трёх. Среди погибших
шестеро детей»: the dead the children are among are the 31, the toll the text says rose to
it; the smaller reports told after it were steps on the way, not the dead as now counted.
Azerbaijani says the same with the number in the dative before the verb: "ölənlərin sayı
11-ə çatıb. Səhər polis 8 nəfərin həlak olduğunu bildirmişdi. Ölənlər arasında 4 uşaq var".
English names the step the toll rose from: "At least 17 people were killed …, raising the toll
from 14 dead given on Sunday. Among the dead were three children": the dead are the 17."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.tokens import Token

# «возросло до 31», «выросло до», «увеличилось до», «достигло 31».
_ROSE_RU = frozenset({"возросло", "выросло", "увеличилось", "достигло"})
_TO_RU = "до"
# "11-ə çatıb", "on birə yüksəlib", "40-a qədər artıb": reached, rose, grew to.
_ROSE_AZ = ("çat", "yüksəl", "art", "qalx")
_DATIVE_AZ = ("a", "ə", "ya", "yə")
_AS_FAR_AS_AZ = frozenset({"qədər", "dək", "kimi"})


def toll_as_it_stands(
    tokens: list[Token], candidates: list[Figure], language: str
) -> Figure | None:
    """Of ``candidates``, the toll as it now stands by the words of ``language``: the toll
    risen to (Russian, Azerbaijani) or risen from a step (English); else None."""
    if language == "en":
        return toll_risen_from_a_step(tokens, candidates)
    return current_toll(tokens, candidates)


def current_toll(tokens: list[Token], candidates: list[Figure]) -> Figure | None:
    """The last of ``candidates`` said to be what a toll rose to, if every candidate after it
    counts fewer (earlier steps told afterwards); else None."""
    risen = [f for f in candidates if _risen_to(tokens, f)]
    if not risen:
        return None
    toll = risen[-1]
    count = toll.quantity.count
    after = candidates[candidates.index(toll) + 1 :]
    if count is None or not after:
        return None
    smaller = all(f.quantity.most is not None and f.quantity.most < count for f in after)
    return toll if smaller else None


# "raising the toll from 14", "up from 14", "the toll rose from 14", "revised from 14".
_RISEN_EN = frozenset({"raising", "raised", "rose", "risen", "up", "increased", "revised"})
_STEP_REACH = 4  # words between the verb of rising and the "from" of the earlier step


def toll_risen_from_a_step(tokens: list[Token], candidates: list[Figure]) -> Figure | None:
    """English: when the last of ``candidates`` is the step a toll rose from ("raising the
    toll from 14 dead"), the nearest candidate told before it that counts more: the toll
    that rose, not a larger figure an earlier version gave and a correction took back ("an
    earlier version said 52 people had been killed")."""
    if not candidates or not _risen_from(tokens, candidates[-1]):
        return None
    step = candidates[-1].quantity.count
    larger = [
        f
        for f in candidates[:-1]
        if f.quantity.count is not None and step is not None and f.quantity.count > step
    ]
    return larger[-1] if larger else None


def _risen_from(tokens: list[Token], figure: Figure) -> bool:
    k = figure.quantity.first - 1
    if k < 1 or tokens[k].lower != "from":
        return False
    return any(t.lower in _RISEN_EN for t in tokens[max(0, k - _STEP_REACH) : k])


def _risen_to(tokens: list[Token], figure: Figure) -> bool:
    return _risen_to_ru(tokens, figure) or _risen_to_az(tokens, figure)


def _risen_to_az(tokens: list[Token], figure: Figure) -> bool:
    """ "sayı 11-ə çatıb", "on birə yüksəlib", "40-a qədər artıb": the number in the dative,
    then a verb of reaching or rising (after "qədər" if it stands there)."""
    span = range(figure.quantity.first, min(figure.quantity.last + 1, len(tokens)))
    # The digits, past "ən azı" and the like; else the last word of a numeral ("on birə").
    k = next((j for j in span if tokens[j].kind == "num"), figure.quantity.last)
    if k >= len(tokens):
        return False
    if tokens[k].kind == "num":
        dash = k + 1 < len(tokens) and tokens[k + 1].text == "-"
        ending = tokens[k + 2].lower if dash and k + 2 < len(tokens) else tokens[k].suffix
        if ending not in _DATIVE_AZ:
            return False
        k = k + 2 if dash else k
    elif not tokens[k].lower.endswith(_DATIVE_AZ):
        return False
    k += 1
    if k < len(tokens) and tokens[k].lower in _AS_FAR_AS_AZ:
        k += 1
    return k < len(tokens) and tokens[k].lower.startswith(_ROSE_AZ)


def _risen_to_ru(tokens: list[Token], figure: Figure) -> bool:
    k = figure.quantity.first
    if tokens[k].lower != _TO_RU:
        k -= 1
    return k >= 1 and tokens[k].lower == _TO_RU and tokens[k - 1].lower in _ROSE_RU
