"""A share between commas after the counted persons restates their number as a part of a
whole ("more than 9,000 people, roughly a third of the island's population, were evacuated",
"some 700 pupils, nearly 40 per cent of those enrolled, left", «более 12 000 человек, почти
половину из которых составляют дети, были вынуждены покинуть дома»): it counts no one of ours, and
the predicate after its closing comma is the count's own."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from rightsledger.analysis.statements.tokens import Token

_SHARE_WORDS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
     "majority", "%", "percent", "cent",
     # Russian, in the cases a share takes as subject or object: «почти половину из которых
     # составляют дети», «треть из них — женщины», «большинство из которых».
     "половина", "половину", "половины", "треть", "трети", "четверть", "четверти",
     "большинство", "процентов", "процента"}
)  # fmt: skip
# The share is said within the first words of the aside ("roughly half", "close to a third").
_SHARE_WITHIN = 5
_MOST_TOKENS = 16
_CLOSED = frozenset({";", ".", ":", "(", ")", "!", "?", "—", "–"})


def past_a_share_between_commas(
    tokens: Sequence[Token],
    j: int,
    end: int,
    language: str,
    triggers: Collection[int],
    is_gap: Callable[[Token], bool],
) -> int | None:
    """Past ", roughly half the town's people," when ``j`` is its opening comma and a
    trigger follows its closing comma, past words such as "had"; else None."""
    if language not in {"en", "ru"} or tokens[j].text != ",":
        return None
    opening = range(j + 1, min(end, j + 1 + _SHARE_WITHIN))
    if not any(tokens[k].lower in _SHARE_WORDS for k in opening):
        return None
    for k in range(j + 1, min(end, j + _MOST_TOKENS)):
        token = tokens[k]
        if k in triggers or token.text in _CLOSED or token.newline_before:
            return None
        if token.text == ",":
            after = k + 1
            while after < end and is_gap(tokens[after]):
                after += 1
            return k + 1 if after in triggers and k > j + 1 else None
    return None
