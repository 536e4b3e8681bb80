"""Persons who went to hospital, of whom some are said to be wounded: "Xəstəxanaya 18 nəfər
müraciət edib, onlardan 6-sı yaralıdır" counts 18 who sought care and 6 wounded. Going to
hospital is read as hurt only when nothing narrower is said; a part said to be wounded in so
many words (not by a degree, "ağır yaralıdır", which grades the hurt of all of them) singles
out the hurt, so the rest were not, and the visitors are no figure of ours."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.clause_queries import AZ_DEGREES
from rightsledger.analysis.statements.tokens import Token

# The words of going to hospital or a doctor ("xəstəxanaya müraciət edib", "həkimə").
_AZ_CARE = ("xəstəxana", "hospital", "həkim", "tibbi")
# The words of the wound itself ("yaralı", "yaralanıb", "xəsarət alıb").
_AZ_WOUND = ("yaral", "xəsarət")


def drop_visitors_of_whom_some_hurt(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without a whole hurt only by going to hospital whose part is said hurt."""
    if language != "az":
        return figures
    hurt_of: dict[int, Figure] = {}
    for part in figures:
        whole = part.parent
        if (
            whole is not None
            and id(whole) not in hurt_of
            and part.category == whole.category == "injured"
            and _by_going_to_care(tokens, whole)
            and _said_hurt(tokens, part)
        ):
            hurt_of[id(whole)] = part
    if not hurt_of:
        return figures
    for figure in figures:
        if figure.parent is None or id(figure.parent) not in hurt_of:
            continue
        # "onlardan 11-i yaralı, o cümlədən 4 uşaq": a part after the wounded, no more of
        # them, is of the wounded; the others stand alone.
        hurt = hurt_of[id(figure.parent)]
        figure.parent = hurt if _fewer_after(figure, hurt) else None
    return [f for f in figures if id(f) not in hurt_of]


def _fewer_after(figure: Figure, hurt: Figure) -> bool:
    count, most = figure.quantity.count, hurt.quantity.count
    after = figure.quantity.first > hurt.quantity.first
    return after and count is not None and most is not None and count < most


def _by_going_to_care(tokens: list[Token], figure: Figure) -> bool:
    """Is the whole hurt only by going to care, with no word of the wound ("xəstəxanaya 20
    yaralı gətirilib" counts the wounded)?"""
    trigger = figure.trigger
    if trigger is None:
        return False
    quantity = figure.quantity
    first, last = min(trigger.first, quantity.first), max(trigger.last, quantity.end_token)
    words = [tokens[k].lower for k in range(first, last + 1)]
    return any(w.startswith(_AZ_CARE) for w in words) and not any(
        w.startswith(_AZ_WOUND) for w in words
    )


def _said_hurt(tokens: list[Token], figure: Figure) -> bool:
    """Is the part said wounded in a word of the wound itself ("yaralıdır", "xəsarət alıb"),
    not by its care ("stasionara yerləşdirilib", "əməliyyat keçirib") or a degree?"""
    trigger = figure.trigger
    if trigger is None or not tokens[trigger.first].lower.startswith(_AZ_WOUND):
        return False
    return trigger.first == 0 or tokens[trigger.first - 1].lower not in AZ_DEGREES
