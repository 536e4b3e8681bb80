"""A witness counted among a figure: the counts of "us" after it are its parts.

"I was among some 200 villagers who fled … They killed twelve of us", «Я был среди двухсот
бежавших … Двенадцать из нас расстреляли», "qaçan iki yüz nəfərin arasında mən də var idim …
Bizdən on iki nəfəri güllələdilər. Daha yeddi nəfərimizi əsir apardılar": a speaker who says
they were among the persons a figure counts speaks of those persons as "we" from then on; a
later count taken of "us" ("of us", «из нас», "bizdən", "nəfərimizi") that is part of no other
figure is a part of that one, if it counts no more.

A witness who counts "us" held («нас держали на складе, человек шестьдесят», "bizi anbarda
saxladılar, əlli nəfər idik") tells next what befell some of us: those released, shot or
beaten to death, told after that count and before any other figure, are its parts.
"""

from __future__ import annotations

from itertools import pairwise

from rightsledger.analysis.statements.figures import Figure
from rightsledger.analysis.statements.figures.anaphora import AZ_COPULAS_OF_US
from rightsledger.analysis.statements.figures.core import HELD_FATES, within
from rightsledger.analysis.statements.tokens import FULL_STOPS, Token

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


# "We" held: the first person plural as the persons held or counted, in the sentence of a
# count of persons held ("held us", "we were", «нас держали», «нас было», "bizi saxladılar",
# "kişi idik"), not the first person who only saw it ("we saw them take forty men").
_WE_HELD = {
    "en": frozenset({"us", "we were"}),
    "ru": frozenset({"нас"}),
    "az": frozenset({"bizi", "hamımızı"}) | AZ_COPULAS_OF_US,
}
# What befalls some of the persons held, told after their count: "two of them were shot
# there", «двоих стариков … похоронили», "beş-altı nəfəri buraxdılar".
_FATES_OF_THE_HELD = frozenset(
    {"killed", "released", "tortured", "disappeared", "missing", "found_dead", "injured"}
)
# A time clause of coming back ("Kəndə qayıdanda gördüm ki, …", when I came back to the
# village): the witness is free again, and what they tell now befell others, not us held.
_AZ_COMING_BACK = ("qayıdanda", "qayıtdıqda", "qayıdandan", "qayıtdıqdan", "qayıdarkən",
                   "dönəndə", "döndükdə")  # fmt: skip


# Hearing of something, in the first person or said by others: "eşitdim", "eşitdik",
# "heard", «слышал», «слышали».
_HEARD = ("eşitdim", "eşitdik", "heard", "слышал")


def nest_parts_of_us(tokens: list[Token], figures: list[Figure], language: str) -> None:
    """Counts of "us" after a figure the speaker was among become its parts; so do the
    persons a fate later befell, told after a witness's count of "us" held ("They held us
    in the gym, about forty of us … Two of them were shot"), until another figure is told."""
    among: Figure | None = None
    held: Figure | None = None
    for figure in figures:
        if among is not None and figure.parent is None and _of_us(tokens, figure, language):
            _nest(figure, among)
            continue
        if held is not None and (
            _after_coming_back(tokens, figure, language) or _heard_of(tokens, figure)
        ):
            held = None
        if held is not None and figure.parent is None:
            if figure.category in _FATES_OF_THE_HELD and _nest(figure, held):
                continue
            held = None
        elif held is not None and not within(figure, held):
            # "… locked us in the school, about sixty of us. Five of the men came back":
            # a part of another figure is another figure told; what comes after is not ours.
            held = None
        if figure.category and _speaker_among(tokens, figure, language):
            among = figure
        if (
            figure.category in HELD_FATES
            and figure.parent is None
            and _we_held(tokens, figure, language)
        ):
            held = figure


def _after_coming_back(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Does the count's sentence, before it, say that the witness had come back?"""
    if language != "az":
        return False
    first = figure.quantity.first
    k = first
    while k > 0 and tokens[k - 1].text not in FULL_STOPS:
        k -= 1
    return any(t.lower.startswith(_AZ_COMING_BACK) for t in tokens[k:first])


def _heard_of(tokens: list[Token], figure: Figure) -> bool:
    """Does the count's sentence, before it, say that the witness heard it ("Sonra eşitdim ki,
    … iki qadını güllələyiblər", "I later heard that …", «Потом я слышал, что …»)? What a
    witness held only heard of befell others than us."""
    first = figure.quantity.first
    k = first
    while k > 0 and tokens[k - 1].text not in FULL_STOPS:
        k -= 1
    return any(t.lower.startswith(_HEARD) for t in tokens[k:first])


def _nest(part: Figure, whole: Figure) -> bool:
    most, count = whole.quantity.most, part.quantity.most
    if most is None or count is None or count > most:
        return False
    part.parent = whole
    return True


def _we_held(tokens: list[Token], figure: Figure, language: str) -> bool:
    """Is the count of persons held said in the first person plural, in its sentence?"""
    first = figure.quantity.first
    while first > 0 and tokens[first - 1].text not in FULL_STOPS:
        first -= 1
    last = figure.quantity.end_token
    while last + 1 < len(tokens) and tokens[last].text not in FULL_STOPS:
        last += 1
    words = [t.lower for t in tokens[first : last + 1]]
    said = set(words) | {" ".join(pair) for pair in pairwise(words)}
    return bool(said & _WE_HELD.get(language, frozenset()))


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
