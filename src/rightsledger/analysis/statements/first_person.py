"""A witness counted among a figure: the counts of "us" after it are its parts.

"I was among some 200 villagers who fled … They killed twelve of us", «Я был среди двухсот
бежавших … Двенадцать из нас расстреляли», "qaçan iki yüz nəfərin arasında mən də var idim …
Bizdən on iki nəfəri güllələdilər. Daha yeddi nəfərimizi əsir apardılar": a speaker who says
they were among the persons a figure counts speaks of those persons as "we" from then on; a
later count taken of "us" ("of us", «из нас», "bizdən", "nəfərimizi") that is part of no other
figure is a part of that one, if it counts no more.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.tokens import Token

# The speaker among the persons counted, before the count: "I was among", «я был среди».
_AMONG_BEFORE = {
    "en": ({"i", "we"}, {"among"}),
    "ru": ({"я", "мы"}, {"среди"}),
}
# Azerbaijani says it after the count: "… nəfərin arasında mən də var idim", or counts "us"
# with the copula in the first person: "Biz otuz nəfər idik".
_AZ_SPEAKERS = frozenset({"mən", "biz"})
# The first person plural possessive on a count's noun: "nəfərimizi", "uşaqlarımızdan".
_AZ_OURS = ("imiz", "ımız", "umuz", "ümüz")


def nest_parts_of_us(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Counts of "us" after a figure the speaker was among become its parts."""
    among: Figure | None = None
    for figure in figures:
        if among is not None and figure.parent is None and _of_us(tokens, figure, language):
            most = among.quantity.most
            count = figure.quantity.count
            if most is not None and count is not None and count <= most:
                figure.parent = among
            continue
        if figure.category and _speaker_among(tokens, figure, language):
            among = figure


def _speaker_among(tokens: list[Token], figure: Figure, language: str) -> bool:
    quantity = figure.quantity
    if language == "az":
        words = [t.lower for t in tokens[quantity.last + 1 : quantity.end_token + 4]]
        # "Biz otuz nəfər idik": the copula in the first person says the speakers were all
        # of those counted.
        return ("arasında" in words and bool(_AZ_SPEAKERS & set(words))) or "idik" in words
    if language not in _AMONG_BEFORE:
        return False
    speakers, prepositions = _AMONG_BEFORE[language]
    before = [t.lower for t in tokens[max(0, quantity.first - 5) : quantity.first]]
    return bool(speakers & set(before)) and bool(prepositions & set(before))


def _of_us(tokens: list[Token], figure: Figure, language: str) -> bool:
    quantity = figure.quantity
    if language == "az":
        before = [t.lower for t in tokens[max(0, quantity.first - 2) : quantity.first]]
        counted = tokens[quantity.last : quantity.end_token + 1]
        return "bizdən" in before or any(ours in t.lower for t in counted for ours in _AZ_OURS)
    after = " ".join(t.lower for t in tokens[quantity.end_token + 1 : quantity.end_token + 3])
    return after == {"en": "of us", "ru": "из нас"}.get(language)
