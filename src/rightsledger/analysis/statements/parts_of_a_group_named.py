"""An Azerbaijani part taken from a group named in the ablative is some of that group's count,
not of the whole the group was a part of: "30 nəfər saxlanılıb, onlardan 8-i qadındır;
saxlanılan qadınlardan ikisi ..." — the two are of the eight women, not of the thirty. The
ablative plural of a word of persons ("qadınlardan", "uşaqlardan", "hərbçilərdən"), with or
without the participle of their act before it ("yaralanan uşaqlardan"), names whom the part is
taken from.

Where the binder nested such a part in a whole of another group, and an earlier part of that
whole (or of one of its parts) is of the group named and holds the count, the part moves into
it. A part already in a whole of its named group is left alone, and so is one whose named
group was counted nowhere inside its whole (the group may be counted in another figure)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.core import subgroup_of, within
from rightsledger.analysis.statements.lexicon import Lexicon
from rightsledger.analysis.statements.tokens import Token

_ABLATIVE_PLURAL = ("lardan", "lərdən")


def nest_in_the_group_named(
    tokens: list[Token], figures: list[Figure], lex: Lexicon, language: str
) -> None:
    """Moves each part taken "from the <group>s" into the earlier part of that group."""
    if language != "az":
        return
    for k, part in enumerate(figures):
        whole = part.parent
        count = part.quantity.most
        if whole is None or count is None:
            continue
        group = _group_named_before(tokens, part.quantity.first, lex)
        if group is None or group in {"all", whole.subgroup}:
            continue
        inner = next(
            (
                f
                for f in reversed(figures[:k])
                if f.subgroup == group
                and f.category == whole.category
                and within(f, whole)
                and count <= (f.quantity.most or 0)
            ),
            None,
        )
        if inner is not None:
            part.parent = inner


def _group_named_before(tokens: list[Token], first: int, lex: Lexicon) -> str | None:
    """The group of the word in the ablative plural right before the count at ``first``
    ("uşaqlardan 3-ü": children), if it names one."""
    k = first - 1
    if k < 0 or not tokens[k].lower.endswith(_ABLATIVE_PLURAL):
        return None
    noun = lex.noun_set.match(tokens, k)
    if noun is None or not noun.value.startswith(("subgroup:", "label:")):
        return None
    return subgroup_of(noun.value)
