"""Parts named before their whole: Azerbaijani puts "including" after the part and the whole
after it ("iki uşaq da daxil olmaqla yeddi nəfər öldürülüb": seven killed, two children among
them; "onlardan beşi uşaq olmaqla", five of them being children, says it without "daxil"),
and English and Russian may open a sentence with it ("Including two children, seven
people were killed", «Включая двоих детей, погибли семь человек»)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure
from rightsledger.analysis.statements.lexicon import names_group
from rightsledger.analysis.statements.tokens import Token

# Azerbaijani "daxil olmaqla" after the part (with the particle "da"/"də" between).
_AZ_INCLUDING = ("daxil", "olmaqla")
_AZ_PARTICLES = frozenset({"da", "də"})
# English and Russian "including" before the part, opening the sentence.
_FRONTED_INCLUDING = frozenset({"including", "включая"})
# How many tokens may stand between the marker's end and the whole's number.
_REACH = 4


def nest_parts_named_first(tokens: list[Token], figures: list[Figure], begin: int) -> bool:
    """Makes each part named before its whole a part of that whole (the figure after it in
    the sentence); a part with no act of its own takes the whole's in the caller. Returns
    whether the sentence opens with such a part, whose "including" then marks no part
    after it."""
    opening = False
    for k, part in enumerate(figures[:-1]):
        end = _marker_end(tokens, part, begin)
        whole = figures[k + 1]
        if end is None or not 0 <= whole.quantity.first - end <= _REACH:
            continue
        opening = opening or part.quantity.first - 1 == begin
        if part.parent is None and whole.parent is None:
            part.parent = whole
    return opening


def _marker_end(tokens: list[Token], part: Figure, begin: int) -> int | None:
    """Past the "including" that makes ``part`` a part named first, or None."""
    quantity = part.quantity
    after = max(quantity.last, quantity.end_token, quantity.np_last) + 1
    if after < len(tokens) and tokens[after].lower in _AZ_PARTICLES:
        after += 1
    words = tuple(t.lower for t in tokens[after : after + len(_AZ_INCLUDING)])
    if words == _AZ_INCLUDING:
        return after + len(_AZ_INCLUDING)
    if words[:1] == _AZ_INCLUDING[1:] and names_group(quantity.noun):
        return after + 1  # "5-i uşaq olmaqla 20 nəfər": five of them being children
    before = quantity.first - 1
    # Only where it opens the sentence: after a comma, "including" names a part of the
    # figure before it ("Seven people, including two children, were killed").
    fronted = before == begin and tokens[before].lower in _FRONTED_INCLUDING
    if fronted and after < len(tokens) and tokens[after].text == ",":
        return after + 1
    return None
