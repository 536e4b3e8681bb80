"""Azerbaijani "onu": the accusative of "o" (him, it) and "on" (ten) with the possessive
("onlardan onu polisdir", ten of them are police). The pronoun is far the commoner, so the
reader takes no numeral "on" with an ending (`numerals._AZ_NOT_NUMERALS`); this module marks
the "onu" that can only be ten of them: right after the whole it is taken from, in the
ablative ("onlardan onu", "saxlanılan 47 nəfərdən onu", "həbs edilənlərdən ən azı onu"), or
listed after another part of them ("üçü qadın, onu uşaqdır"). The other possessive forms of
ten ("onunu", "onunun", "onundan") are no pronoun and are read anyway."""

from __future__ import annotations

from rightsledger.analysis.statements.numerals import AZ_NUMERAL, az_token_numeral_stem
from rightsledger.analysis.statements.tokens import Token

# Words that may stand between the whole and its part: qualifiers ("ən azı", "təxminən"),
# "only", "more", and the topic particle.
_BETWEEN = frozenset(
    {"ən", "azı", "təxminən", "təqribən", "daha", "isə", "yalnız", "ancaq", "cəmi", "hələ"}
)
# A whole in the ablative: a plural noun or participle ("saxlanılanlardan"), the pronouns
# ("onlardan", "bunlardan"), or the counter after a number ("47 nəfərdən").
_ABLATIVE_WHOLE = ("lardan", "lərdən", "nəfərdən")


def mark_tens_of_them(tokens: list[Token], language: str) -> None:
    """Mark each "onu" that counts ten of a whole, so it is read as the numeral it is."""
    if language != "az":
        return
    for k, token in enumerate(tokens):
        if token.lower == "onu" and (
            _after_an_ablative_whole(tokens, k) or _listed_part(tokens, k)
        ):
            token.extras[AZ_NUMERAL] = "on"


def _after_an_ablative_whole(tokens: list[Token], k: int) -> bool:
    j = k - 1
    while j >= 0 and tokens[j].lower in _BETWEEN:
        j -= 1
    if j < 0:
        return False
    word = tokens[j]
    if word.kind == "num":
        return word.suffix.lower() in {"dan", "dən", "-dan", "-dən"}  # "47-dən onu"
    return word.lower.endswith(_ABLATIVE_WHOLE)


def _listed_part(tokens: list[Token], k: int) -> bool:
    """ "üçü qadın, onu uşaqdır": after a comma that ends another part, a number with the
    possessive ("üçü", "5-i") and the word it is said to be."""
    if k < 3 or tokens[k - 1].text != ",":
        return False
    part = tokens[k - 3]
    if part.kind == "num":
        return bool(part.suffix)
    stem = az_token_numeral_stem(part)
    return bool(stem) and stem != part.lower
