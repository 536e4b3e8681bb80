"""Names counted on a list: the persons named, with the fate the list is kept for.

Memorial books, lists of the dead and lists of political prisoners count names ("contains
1 043 names", «вошли 1 117 имён», "1 214 nəfərin adı daxil edilib", "siyahıda 246 ad var").
A name stands for a person, and "contains" or «вошли» says nothing of a fate: the list's fate is
said where the text introduces it ("the names of the people who lost their lives", «имена
жителей, погибших …», "qətlə yetirilmiş sakinlərin xatirəsinə"). A count of names with no fate
of its own, after a list, book or memorial is named, takes the persons' fate named last before it in the text, as a participle before a
noun would give it ("12 abducted aid workers"); a verb of its own still says more. A sentence
that then names the persons listed ("Among those named are 187 children", «В списке 412
детей») counts parts of the list's figure, with its fate.
"""

from __future__ import annotations

from rightsledger.analysis.statements.figures.core import Figure, resolve_category
from rightsledger.analysis.statements.lexicon import PERSON, UNKNOWN, Lexicon
from rightsledger.analysis.statements.quantities import Quantity
from rightsledger.analysis.statements.tokens import Token

_NAMES = {
    "en": frozenset({"name", "names"}),
    "ru": frozenset({"имя", "имён", "имен", "имени", "имена"}),
    "az": frozenset({"ad", "adı", "adın", "adlar", "adları"}),
}
# A list, book or memorial must be named: "four names had been counted twice" counts no one.
_LISTS = {
    "en": ("list", "memorial", "register", "book", "roll"),
    "ru": ("спис", "книг", "памят", "реестр", "мартиролог"),
    "az": ("siyahı", "kitab", "xatirə", "reyestr"),
}
_LOOK_BACK = 80  # tokens: the list is introduced in the sentence or two before its count
# Words opening a sentence that name the persons on the list counted before: "Among those named
# are 112 children", «В списке 112 детей»; the counts after them are parts of the list's figure.
_LISTED = {
    "en": ("among those named", "of those named", "among those listed", "of those listed",
           "among the names"),
    "ru": ("в списке", "в этом списке", "в нём", "в нем"),
    "az": (),
}  # fmt: skip
_COPULAS = frozenset({"are", "were", "is", "—", ":"})
# Verbs that take names off a list, or say they were there twice: the names counted then are
# the list's corrections, no persons with its fate ("96 names were removed as duplicates").
_TAKEN_OFF = {
    "en": ("remov", "delet", "struck", "strik", "withdr", "dropp", "exclud", "duplicat"),
    "ru": ("исключ", "удал", "вычеркн", "дублир"),
    "az": ("çıxarıl", "silin"),
}
_TAKEN_OFF_REACH = 4
# "There are (were)" after persons counted in a list: "siyahıda 300 nəfər var (idi)", or the
# past copula alone, "there" left unsaid: "bir il əvvəl siyahıda 280 nəfər idi". Tokens on
# either side of the count of names.
_THERE_WERE = frozenset({"var", "vardır", "vardı", "idi"})
# "There" naming the list again ("hazırda orada 1 517 nəfər var"), and the adverbs of time and
# of more that may stand between a list and its count ("siyahıya daha 57 nəfər").
_THERE = "orada"
_BETWEEN_A_LIST_AND_ITS_COUNT = frozenset({"daha", "hazırda", "indi", "artıq", "hələ", "bu", "gün"})
# Verbs that put persons on a list: "əlavə olunub" (added), "daxil edilib" (entered).
_ADDED = ("əlavə", "daxil")
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def name_counted_names(
    tokens: list[Token], quantities: list[Quantity], lex: Lexicon, language: str
) -> dict[int, Quantity]:
    """Counts of names count persons and take the fate the list was introduced with; the
    counts of a sentence that names the persons listed ("Among those named are …") take it
    too. Returns those parts (by ``id``) with the count of names they are parts of."""
    names = _NAMES[language]
    listed: tuple[Quantity, str] | None = None  # the count of names, and its fate
    parts: dict[int, Quantity] = {}
    for quantity in quantities:
        if listed is not None and _opened_by_the_listed(tokens, quantity, language):
            if not quantity.attribute and not quantity.non_count:
                quantity.attribute = listed[1]
                parts[id(quantity)] = listed[0]
            continue
        if quantity.attribute or quantity.non_count or quantity.noun not in ("", UNKNOWN, PERSON):
            continue
        if _persons_in_the_list(tokens, quantity, language):
            # "Keçən il bu siyahıda 4.203 nəfər var idi": the persons the list held then, with
            # the fate it is kept for.
            quantity.attribute = _fate_before(tokens, quantity.first, lex)
            continue
        last = quantity.end_token + (2 if language == "az" else 0)
        counted = tokens[quantity.last + 1 : last + 1]
        if not any(t.lower in names or t.key in names for t in counted):
            continue
        before = tokens[max(0, quantity.first - _LOOK_BACK) : quantity.first]
        if not any(t.lower.startswith(_LISTS[language]) for t in before):
            continue
        if _taken_off_the_list(tokens, quantity, language):
            quantity.non_count = "names taken off a list"
            continue
        fate = _fate_before(tokens, quantity.first, lex)
        if fate:
            quantity.noun, quantity.attribute = PERSON, fate
        else:
            fate = _fate_of_the_names(tokens, quantity, lex)  # «вошли 860 имён погибших»
        if fate:
            listed = (quantity, fate)
    return parts


def _persons_in_the_list(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """ "Bu siyahıda 4.203 nəfər var idi", "reyestrdə 950 nəfər var": persons counted as being
    in a list named in the locative right before them (no fate of their own); "orada" (there)
    names it again in the sentence that named it ("siyahıya …, hazırda orada 1 517 nəfər
    var"). Persons added to a list, in the dative, are on it too ("siyahıya daha 57 nəfər
    əlavə olunub")."""
    if language != "az" or quantity.noun != PERSON or quantity.first < 1:
        return False
    k = quantity.first - 1
    while k > 0 and tokens[k].lower in _BETWEEN_A_LIST_AND_ITS_COUNT:
        k -= 1
    place = tokens[k].lower
    after = tokens[quantity.last + 1 : quantity.end_token + 2]
    if place.startswith(_LISTS[language]) and place.endswith(("ya", "yə")):
        return any(t.lower.startswith(_ADDED) for t in after)
    in_the_list = place.startswith(_LISTS[language]) and place.endswith(("da", "də"))
    if place == _THERE:
        in_the_list = _list_named_in_the_sentence(tokens, k, language)
    return in_the_list and any(t.lower in _THERE_WERE for t in after)


def _list_named_in_the_sentence(tokens: list[Token], k: int, language: str) -> bool:
    """Is a list named before ``k`` in its sentence?"""
    while k > 0 and tokens[k - 1].text not in _SENTENCE_ENDS:
        k -= 1
        if tokens[k].lower.startswith(_LISTS[language]):
            return True
    return False


def _taken_off_the_list(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """ "96 names were removed", "deleted 40 names", «исключены 12 имён»: a verb of taking
    off a list beside the count of names."""
    low = max(0, quantity.first - _TAKEN_OFF_REACH)
    high = min(len(tokens), quantity.end_token + 1 + _TAKEN_OFF_REACH)
    near = tokens[low : quantity.first] + tokens[quantity.end_token + 1 : high]
    return any(t.lower.startswith(_TAKEN_OFF[language]) for t in near)


def nest_listed_parts(figures: list[Figure], parts: dict[int, Quantity]) -> None:
    """Each count of the persons listed is a part of the list's figure."""
    by_quantity = {id(f.quantity): f for f in figures}
    for figure in figures:
        whole = by_quantity.get(id(parts.get(id(figure.quantity))))
        if figure.parent is None and whole is not None and whole.category == figure.category:
            figure.parent = whole


def _fate_of_the_names(tokens: list[Token], quantity: Quantity, lex: Lexicon) -> str:
    """ "860 names of the dead", «860 имён погибших»: the fate said right after the names."""
    for j in range(quantity.end_token + 1, min(len(tokens), quantity.end_token + 4)):
        trigger = lex.trigger_set.match(tokens, j)
        if trigger is not None and resolve_category(trigger.value, PERSON):
            return trigger.value
    return ""


def _opened_by_the_listed(tokens: list[Token], quantity: Quantity, language: str) -> bool:
    """Does the sentence of the count open with words naming the persons listed ("Among those
    named are 187 children and 61 soldiers": both)?"""
    k = quantity.first
    while k > 0 and tokens[k - 1].text not in {".", "!", "?", ";"}:
        k -= 1
    words = " ".join(t.lower for t in tokens[k : quantity.first] if t.text not in _COPULAS)
    return words.startswith(_LISTED[language]) if _LISTED[language] else False


def _fate_before(tokens: list[Token], first: int, lex: Lexicon) -> str:
    for j in range(first - 1, max(-1, first - _LOOK_BACK), -1):
        trigger = lex.trigger_set.match(tokens, j)
        # A list "holds" its names: holding is no fate of the persons named.
        if trigger is None or trigger.value == "hold":
            continue
        if resolve_category(trigger.value, PERSON):
            return trigger.value
    return ""
