"""English counts of persons described as held, set out among the freed: "Among those
returned: 47 servicemen; 7 civilians held since the fall of Tarn". After "Among those
returned:", "Among the freed:" or "Among them:" (of a count of the released), each count is
one of the released; "held since …", "held in …", "held by …" right after its noun says what
they were until then (the persons an exchange brings home were held), not what befell them
now. So such a count is released, a part of the released counted before the heading, and
the parts it has itself ("including 2 women") are released with it.

Not so for a count described as held outside such a list ("7 civilians held since 2022
remain in captivity"), nor for a heading of another fate ("Among those killed:")."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import HELD_FATES
from rightsledger.analysis.statements.tokens import Token

# What may follow the participle that describes persons held until then: since when, where,
# by whom, for how long.
_DESCRIBING = frozenset({"since", "in", "by", "for", "at"})
# The past of being after a state ("əsirlikdə idi", was in captivity): a state that has ended.
_AZ_WAS = frozenset({"idi", "idilər", "olmuşdu", "olmuşdular"})
# The Russian past participles of having been held («находившиеся в плену», «содержавшиеся
# под стражей»): a state that lasted until then.
_RU_WAS_HELD = ("находивш", "содержавш")
# How far back from a count its heading may be: a list of a few items on lines or after
# semicolons.
_LOOK_BACK = 40
# Words between "Among" and the colon of a heading that name the released counted before.
_THE_RELEASED_NAMED = frozenset({"those", "them", "the", "these"})


def free_the_held_among_the_freed(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Makes counts described as held, in a list after a heading of the released, released."""
    if language != "en":
        return
    for figure in figures:
        quantity = figure.quantity
        if figure.category not in HELD_FATES:
            continue
        if figure.parent is not None and figure.parent.category != "released":
            continue  # taken as a part of the item before it is still an item of the list
        if not _described_as_held(tokens, quantity.np_last):
            continue
        among = _heading_before(tokens, quantity.first)
        if among is None:
            continue
        released = [
            f for f in figures
            if f.category == "released" and f.parent is None and f.quantity.end_token < among
        ]  # fmt: skip
        if not released:
            continue
        whole = released[-1]
        most, count = whole.quantity.most, quantity.most
        if most is None or count is None or count > most:
            continue
        held = figure.category
        figure.category, figure.parent = "released", whole
        for part in figures:
            if part.parent is figure and part.category == held:
                part.category = "released"


def free_the_parts_once_held(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """ "Vətənə 76 hərbi qulluqçu qaytarılıb. Hərbi qulluqçulardan 18-i 2023-cü ildən bəri
    əsirlikdə idi": a part of the released said to have been held until then, in the past of
    being ("idi", was; "olmuşdu", had been), tells how long they were held, not a captivity
    that goes on: they are released with the rest (Azerbaijani; "18-i hələ də əsirlikdədir",
    still held, stays captured). So in Russian by the past participle of being held
    («Среди военнослужащих — 31 защитник, находившийся в плену с 2023 года»; «находящиеся в
    плену», in the present, are still held)."""
    if language not in {"az", "ru"}:
        return
    for figure in figures:
        parent, trigger = figure.parent, figure.trigger
        if parent is None or parent.category != "released" or figure.category not in HELD_FATES:
            continue
        if language == "ru" and _ru_was_held(tokens, figure):
            figure.category = "released"
        if language != "az" or trigger is None:
            continue
        after = trigger.last + 1
        if after < len(tokens) and tokens[after].lower in _AZ_WAS:
            figure.category = "released"


def _ru_was_held(tokens: list[Token], figure: Figure) -> bool:
    """Is the Russian count held by a past participle of being held, its trigger or the
    participle phrase set off after its noun («31 защитник, находившийся в плену»)?"""
    if figure.trigger is not None:
        k = figure.trigger.first
    else:
        k = figure.quantity.np_last + 1
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
    return 0 <= k < len(tokens) and tokens[k].lower.startswith(_RU_WAS_HELD)


def _described_as_held(tokens: list[Token], noun_last: int) -> bool:
    """ "civilians held since …": "held" right after the counted noun, then since, in, by…"""
    k = noun_last + 1
    if noun_last < 0 or k + 1 >= len(tokens):
        return False
    return tokens[k].lower == "held" and tokens[k + 1].lower in _DESCRIBING


def _heading_before(tokens: list[Token], first: int) -> int | None:
    """The token "Among" of a heading "Among those returned:", "Among them:" before the
    count at ``first``, with only list items between (no full stop), else ``None``."""
    for k in range(first - 1, max(-1, first - _LOOK_BACK), -1):
        text = tokens[k].text
        if text == ".":
            return None
        if text != ":":
            continue
        words = [tokens[j].lower for j in range(max(0, k - 4), k)]
        if "among" not in words:
            return None
        after = words[words.index("among") + 1 :]
        if after and after[0] in _THE_RELEASED_NAMED:
            return k - len(words) + words.index("among")
        return None
    return None
