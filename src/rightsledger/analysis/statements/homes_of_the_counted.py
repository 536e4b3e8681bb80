"""Persons counted as the owners of homes destroyed lost their homes; they were not destroyed:
"Shelling destroyed the homes of 120 residents", «Разрушены дома 120 жителей», "120 sakinin
evi dağıdılıb". The count is of the persons (not of the homes, which may be fewer, nor of the
dead): displaced, as "120 residents lost their homes" is. A home only damaged leaves its
owners where they were (no figure of the destruction's)."""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# The home the persons own, before "of" (English) or before the count (Russian, the persons in
# the genitive after it): "the homes of", «дома», «жильё».
_HOMES_BEFORE = {
    "en": frozenset({"home", "homes", "house", "houses", "flats", "apartments", "dwellings"}),
    "ru": frozenset({"дома", "домов", "жильё", "жилье", "жилища", "квартиры", "квартир"}),
}
# Azerbaijani owns after the owner: "120 sakinin evi", "evləri", "mənzili".
_AZ_HOMES_AFTER = ("ev", "mənzil")
# Families and households own homes too, but are no count of persons ("12 ailənin evləri").
_AZ_FAMILIES = ("ailə", "təsərrüfat")
# The Azerbaijani genitive of the owners' noun ("sakinin", "nəfərin", "ailənin").
_AZ_GENITIVE = ("in", "ın", "un", "ün", "nin", "nın", "nun", "nün")


def displace_the_owners_of_homes_destroyed(
    tokens: list[Token], figures: list[Figure], language: str
) -> None:
    """Makes the owners of homes destroyed displaced."""
    for figure in figures:
        trigger = figure.trigger
        if trigger is None or trigger.value != "destroy":
            continue
        if figure.category not in {"killed", "property_destroyed"}:
            continue
        if _owners_of_homes(tokens, figure, language):
            figure.category, figure.subgroup = "displaced", _persons_group(figure)


def _owners_of_homes(tokens: list[Token], figure: Figure, language: str) -> bool:
    quantity = figure.quantity
    first = quantity.first
    if language == "az":
        # The owners and their home are one noun phrase after the count: "sakinin evi".
        last = max(quantity.np_last, quantity.end_token)
        return any(
            tokens[k].lower.endswith(_AZ_GENITIVE)
            and not tokens[k].lower.startswith(_AZ_FAMILIES)
            and tokens[k + 1].lower.startswith(_AZ_HOMES_AFTER)
            for k in range(quantity.last + 1, min(last + 1, len(tokens) - 1))
        )
    homes = _HOMES_BEFORE.get(language, frozenset())
    if language == "en":
        return first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in homes
    return first >= 1 and tokens[first - 1].lower in homes and quantity.np_last >= 0


def _persons_group(figure: Figure) -> str:
    """The owners' group where the count named persons of one ("120 families' …" names
    none); a subgroup of things ("homes") is none of theirs."""
    return "all" if figure.category == "property_destroyed" else figure.subgroup
