"""Azerbaijani names the persons of an earlier part again by the participle of that part's
act, in the ablative plural: "Müraciət edənlərdən 29 nəfər stasionara yerləşdirilib. …
Stasionara yerləşdirilənlərdən 6 xəstə reanimasiyadadır" — the 6 are of the 29 admitted, not
of everyone who came. Where the binder took the part's whole from before (the 29's own whole,
since no figure had "yerləşdirilən" as its fate's name), the part is moved to the latest
sibling whose verb shares the participle's stem, if it fits in it. Russian does the same
within the binder (``said._part_named_by_the_act_of_a_part_before``)."""

from __future__ import annotations

import re

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# A participle in the ablative plural ("yerləşdirilənlərdən", "buraxılanlardan"): its stem is
# what stands before the participle's "-an/-ən".
_PARTICIPLE_IN_THE_ABLATIVE = re.compile(r"^(\w+?)(?:an|ən)(?:lardan|lərdən)$")
# Letters the stem must have so that two acts are not taken for one ("öl-" of "ölənlərdən"
# is too short to tell "ölüb" from "öldürülüb" reliably).
_LEAST_STEM = 5


def nest_in_the_part_named_by_its_act(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Moves a part named by an earlier sibling's act into that sibling."""
    if language != "az":
        return
    for k, part in enumerate(figures):
        whole, first = part.parent, part.quantity.first
        if whole is None or first < 1:
            continue
        stem = _participle_stem(tokens[first - 1].lower)
        if not stem:
            continue
        for sibling in reversed(figures[:k]):
            act = sibling.trigger
            if act is None or sibling.parent is not whole or not _act_of_its_own(sibling, whole):
                continue
            if not tokens[act.last].lower.startswith(stem):
                continue
            most, count = sibling.quantity.most, part.quantity.most
            if sibling.category == part.category and most and count and count <= most:
                part.parent = sibling
            break


def _act_of_its_own(sibling: Figure, whole: Figure) -> bool:
    """Was the sibling told with a verb of its own? "84 nəfər, o cümlədən 19 uşaq,
    yaralanmışdır": the 19 share their whole's verb, so "yaralananlardan" names the whole."""
    act, of_the_whole = sibling.trigger, whole.trigger
    if act is None:
        return False
    return of_the_whole is None or (act.first, act.last) != (of_the_whole.first, of_the_whole.last)


def _participle_stem(word: str) -> str:
    found = _PARTICIPLE_IN_THE_ABLATIVE.match(word)
    if found is None or len(found.group(1)) < _LEAST_STEM:
        return ""
    return found.group(1)
