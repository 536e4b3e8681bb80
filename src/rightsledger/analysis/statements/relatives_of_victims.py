"""Relatives counted by whom they are relatives of: "more than 200 relatives of the missing gave
DNA samples", «образцы сдали 150 родственников погибших». The fate named after the relatives
is their kin's, and identification is only ever of the dead, not theirs (but for flight, which kin share): such a count is no figure of
that fate (a fate of their own, "12 relatives of the missing were detained", is still
theirs). Families are counted as families («6 семей погибли полностью»), not as kin here.
Azerbaijani puts the kin first, in the genitive ("itkin düşmüş şəxslərin 200 qohumu"), which
the counted noun already reads.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.taking_back import without_freeing_parts
from rightsledger.analysis.statements.lexicon import KIN
from rightsledger.analysis.statements.tokens import Token

# Fates kin share: "300 relatives of the displaced" fled with them.
_SHARED = frozenset({"displaced"})
# Words between the kin and whom they are kin of: "relatives of the missing".
_BETWEEN = {"en": frozenset({"of", "the", "those"}), "ru": frozenset({"членов", "семей"})}
# "family members of", «членов семей погибших»: the kin in two words.
_KIN_PAIRS = {"en": (("family", "members"),), "ru": (("членов", "семей"), ("член", "семья"))}


def drop_relatives_of_victims(
    tokens: list[Token], figures: list[Figure], language: str
) -> list[Figure]:
    """``figures`` without counts of relatives whose fate is only their kin's."""
    if language not in _BETWEEN:
        return figures
    kin = KIN[language]
    dropped = {id(f) for f in figures if _fate_of_their_kin(tokens, f, kin, language)}
    kept = without_freeing_parts(figures, dropped)
    for figure in kept:
        if _kin_of_another_fate(tokens, figure, kin, language):
            figure.parent = None
    return kept


def _kin_of_another_fate(
    tokens: list[Token], figure: Figure, kin: frozenset[str], language: str
) -> bool:
    """ "At least 40 relatives of the disappeared were themselves detained": kin with a fate
    of their own are no part of those whose kin they are, counted with another fate (English)."""
    parent = figure.parent
    if language != "en" or parent is None or parent.category == figure.category:
        return False
    k = _past_kin(tokens, figure.quantity.last + 1, kin, language)
    return k is not None and k < len(tokens) and tokens[k].lower == "of"


def _fate_of_their_kin(
    tokens: list[Token], figure: Figure, kin: frozenset[str], language: str
) -> bool:
    trigger = figure.trigger
    if figure.category in _SHARED:
        return False
    if figure.category == "identified":
        # The dead are identified, kin only help («образцы ДНК у 412 родственников»,
        # "samples from 300 relatives for identification"): counted kin are never the
        # identified, wherever the act's word stands.
        return _past_kin(tokens, figure.quantity.last + 1, kin, language) is not None
    if trigger is None and figure.bound == "noun":
        # «14 матерей пленных»: the kin counted, the noun after them whose kin they are.
        return _past_kin(tokens, figure.quantity.last + 1, kin, language) is not None
    if trigger is None or trigger.first <= figure.quantity.last:
        return False
    k = _past_kin(tokens, figure.quantity.last + 1, kin, language)
    if k is None:
        return False
    if language == "en" and (k >= len(tokens) or tokens[k].lower != "of"):
        return False  # "three family members died": their own fate, told with no "of"
    between = _BETWEEN[language]
    while k < trigger.first and tokens[k].lower in between:
        k += 1
    return k == trigger.first


def _past_kin(tokens: list[Token], k: int, kin: frozenset[str], language: str) -> int | None:
    """Past the kin word at ``k`` ("relatives", «родственников», "family members"), or None."""
    if k >= len(tokens):
        return None
    for pair in _KIN_PAIRS[language]:
        if k + 1 < len(tokens) and all(
            tokens[k + n].lower == word or tokens[k + n].key == word for n, word in enumerate(pair)
        ):
            return k + 2
    token = tokens[k]
    if token.lower in kin or token.key in kin:
        return k + 1
    return None
