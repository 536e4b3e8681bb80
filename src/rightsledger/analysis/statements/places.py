"""Places named in a statement: the words and where they are, with a base form of the name.

Which of a case's places a mention is (in any script) is decided beside the record, from
the names' comparison forms; here a mention is a capitalised name where a place is
expected: after a locative preposition ("in Khojaly", «в Ходжалы», «из Шуши»), beside a word
for a settlement or region ("the town of Khojaly", "Ağdam rayonu", «село Гаджиалылы»), with
an Azerbaijani locative ending ("Xocalıda"), or known to Russian morphology as a place.
"""

from __future__ import annotations

import re

from rightsledger.analysis.statements.model import PlaceMention
from rightsledger.analysis.statements.morphology import russian_lemma
from rightsledger.analysis.statements.numerals import number_words
from rightsledger.analysis.statements.tokens import Token


def _split(text: str) -> list[str]:
    return text.split()


_PREPOSITIONS = {
    "en": {"in", "near", "at", "from", "around", "outside", "into", "to", "across", "of"},
    "ru": {"в", "во", "из", "около", "под", "близ", "возле", "у", "на"},
    "az": set(),
}
_KINDS = {
    "en": {"town", "city", "village", "region", "district", "province", "settlement",
           "area", "territory", "municipality", "suburb", "valley"},
    "ru": {"город", "село", "деревня", "поселок", "район", "область", "регион", "край",
           "населенный", "местность", "г", "с", "пос"},
    "az": {"şəhər", "kənd", "qəsəbə", "rayon", "bölgə", "region", "ərazi", "vilayət", "diyar"},
}  # fmt: skip


def names_a_kind_of_place(word: str, language: str) -> bool:
    """Is ``word`` (lower case) a kind of settlement or region ("town", «село», "kənd")?"""
    return word in _KINDS.get(language, ())


_NOT_PLACES = frozenset(
    _split(
        "the a an this that these those it its he she they we i on in at of and or but as for "
        "commissioner ombudsman convention covenant statute conventions council court committee "
        "office government ministry army forces massacre genocide war nations union republic "
        "state states article articles protocol declaration assembly resolution day "
        "january february march april may june july august september october november december "
        "international human rights commission soviet first second "
        # Azerbaijani adverbs that end as a locative does: "Ümumilikdə" (in all), "Hazırda"
        # (now), "Burada" (here).
        "ümumilikdə nəticədə hazırda sonda əslində yekunda birlikdə burada orada harada "
        "həmçinin sonradan əvvəlcədən"
    )
)
_DEMONYM = re.compile(r"(?:ian|ians|ani|anis|ese|ish)$|(?:ский|ская|ское|ские|цы|цев|ец|ин|ане)$",
                      re.IGNORECASE)  # fmt: skip
# Azerbaijani's -lı/-li/-lu (Bakılı, a Baku native) ends many village names too ("Dostlu",
# "Qaradağlı"): a demonym only in Azerbaijani text, and never inside a list of places.
_AZ_DEMONYM = re.compile(r"(?:lı|li|lu|lü|lar|lər)$", re.IGNORECASE)
_AND = {"en": "and", "ru": "и", "az": "və"}
# The plural of the words for settlements in every case («сёла», «сёлам», «деревнях» …).
_RU_PLURAL_KINDS = frozenset(
    stem + ending
    for stem in _split("сёл сел город район поселк посёлк деревн област")
    for ending in _split("а ы и ов ей ам ям ами ями ах ях")
) | {"сел", "деревень"}
_AZ_LOCATIVE = re.compile(r"^(?P<base>\w{3,}?)(?:['’]?)(?:dakı|dəki|da|də|dan|dən|ta|tə|tan|tən)$")
_AZ_CASE = re.compile(r"^(?P<base>\w{3,}?)(?:['’]?)(?:nın|nin|nun|nün|ya|yə|na|nə)$")


class PlaceFinder:
    def __init__(self, text: str, tokens: list[Token], language: str, masked: set[int]):
        self.text = text
        self.tokens = tokens
        self.language = language
        self.masked = masked

    def find(self) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        for names in self._name_lists():
            listed = len(names) > 1 and self._introduced_as_places(names)
            found.extend(
                self._mention(first, last)
                for first, last in names
                if listed or self._is_place(first, last)
            )
        return found

    def _name_lists(self) -> list[list[tuple[int, int]]]:
        """The capitalised names in order, those joined by a comma or "and" ("Arvan, Dostlu
        and Kemerli") in one list."""
        lists: list[list[tuple[int, int]]] = []
        i = 0
        while i < len(self.tokens):
            if i in self.masked or not self._name_word(i):
                i += 1
                continue
            last = self._name_end(i)
            if lists and self._joined(lists[-1], i):
                lists[-1].append((i, last))
            else:
                lists.append([(i, last)])
            i = last + 1
        return lists

    def _joined(self, names: list[tuple[int, int]], first: int) -> bool:
        """Whether the name at ``first`` continues the list ``names``: after a comma, or
        after "and", which only the last name of a list follows."""
        if len(names) > 1 and self._separator(names[-2][1], names[-1][0]) != [","]:
            return False
        return self._separator(names[-1][1], first) in ([","], [_AND[self.language]],
                                                        [",", _AND[self.language]])  # fmt: skip

    def _separator(self, previous_last: int, first: int) -> list[str]:
        return [t.lower for t in self.tokens[previous_last + 1 : first]]

    def _introduced_as_places(self, names: list[tuple[int, int]]) -> bool:
        """A list of names is one of places when a word for settlements in the plural stands
        before it ("the villages of A and B", «сёла А и Б») or after it ("A və B kəndləri",
        "the A and B districts"); no name of it may be a demonym ("Azerbaijani")."""
        first, last = names[0][0], names[-1][1]
        words = [t.lower for a, b in names for t in self.tokens[a : b + 1]]
        if any(_DEMONYM.search(w) for w in words):
            return False
        before = first - 2 if self.language == "en" and self._is(first - 1, "of") else first - 1
        return self._plural_kind(before) or self._plural_kind(last + 1)

    def _is(self, i: int, word: str) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].lower == word

    def _plural_kind(self, i: int) -> bool:
        if not 0 <= i < len(self.tokens) or not self._kind(i):
            return False
        word = self.tokens[i].lower
        if self.language == "en":
            return word.endswith("s")  # "villages", "districts" (a kind, by ``_kind``)
        if self.language == "ru":
            return word in _RU_PLURAL_KINDS
        return "lar" in word or "lər" in word

    def _name_word(self, i: int) -> bool:
        token = self.tokens[i]
        if not token.capitalised or len(token.text) < 2:
            return False
        if token.lower in _NOT_PLACES or token.key in _NOT_PLACES:
            return False
        return not (token.text.isupper() and len(token.text) <= 5)  # ICCPR, CAT, UN

    def _name_end(self, i: int) -> int:
        last = i
        while last + 1 < len(self.tokens):
            nxt = self.tokens[last + 1]
            if (
                nxt.text == "-"
                and not nxt.space_before
                and last + 2 < len(self.tokens)
                and self._name_word(last + 2)
                and not self.tokens[last + 2].space_before
            ):
                last += 2
                continue
            if nxt.space_before and self._name_word(last + 1) and last - i < 2:
                last += 1
                continue
            break
        return last

    def _is_place(self, first: int, last: int) -> bool:
        tokens = self.tokens
        words = [t.lower for t in tokens[first : last + 1]]
        demonym = any(self._demonym(w) for w in words) and not self._kind_after(last)
        if demonym and not (self.language == "az" and _AZ_LOCATIVE.match(words[-1])):
            return False
        previous = tokens[first - 1] if first > 0 else None
        if previous is not None and previous.lower in _PREPOSITIONS[self.language]:
            return not (previous.lower == "of" and not (first >= 2 and self._kind(first - 2)))
        if previous is not None and self._kind(first - 1):
            return True
        if self._kind_after(last):
            return True
        if self.language == "ru" and tokens[first].geo:
            return True
        return self.language == "az" and bool(_AZ_LOCATIVE.match(words[-1]))

    def _demonym(self, word: str) -> bool:
        return bool(_DEMONYM.search(word) or (self.language == "az" and _AZ_DEMONYM.search(word)))

    def _kind(self, i: int) -> bool:
        if i < 0:
            return False
        token = self.tokens[i]
        kinds = _KINDS[self.language]
        if self.language == "az":
            return any(token.lower.startswith(k) for k in kinds)
        word = token.lower
        singular = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")  # "cities"
        return word in kinds or token.key in kinds or singular in kinds

    def _kind_after(self, last: int) -> bool:
        return (
            last + 1 < len(self.tokens)
            and self._kind(last + 1)
            and (
                (self.tokens[last + 1].kind == "word" and not self.tokens[last + 1].capitalised)
                or self.language == "az"
            )
        )

    def _mention(self, first: int, last: int) -> PlaceMention:
        start, end = self.tokens[first].start, self.tokens[last].end
        as_stated = self.text[start:end]
        return PlaceMention(name=self._base(as_stated, first, last), as_stated=as_stated,
                            span=(start, end))  # fmt: skip

    def _base(self, as_stated: str, first: int, last: int) -> str:
        if self.language == "ru" and first == last and self.tokens[first].geo:
            lemma = russian_lemma(as_stated)
            return lemma[:1].upper() + lemma[1:]
        if self.language == "az":
            for pattern in (_AZ_LOCATIVE, _AZ_CASE):
                match = pattern.match(as_stated.split()[-1])
                if match is not None:
                    words = as_stated.split()
                    return " ".join([*words[:-1], match.group("base")])
        if self.language == "en" and as_stated.endswith(("'s", "’s")):
            return as_stated[:-2]
        return as_stated


def find_places(
    text: str, tokens: list[Token], language: str, masked: set[int]
) -> list[PlaceMention]:
    return PlaceFinder(text, tokens, language, masked).find()


_SETTING_PREPOSITIONS = {
    "en": frozenset({"in", "at", "near", "outside"}),
    "ru": frozenset({"в", "во", "на", "под", "у"}),
}
_CLAUSE_OPENERS = frozenset({"and", "while", "but", "whereas", "и", "а", "но"})
_AZ_LOCATIVE_ENDINGS = ("da", "də", "ta", "tə")


# The locative and the ablative endings of an Azerbaijani place: where, or where from.
_AZ_WHERE = ("da", "də", "ta", "tə", "dan", "dən", "tan", "tən")


def az_place_before(tokens: list[Token], first: int, start: int) -> bool:
    """Does an Azerbaijani place in the locative or the ablative stand right before the count
    at ``first`` ("Laçında isə 3", "Çaylı rayonundan 8 150"), from no earlier than ``start``:
    a name, or a name and a word for its kind?"""
    k = first - 1
    if k >= start and tokens[k].lower == "isə":
        k -= 1
    if k < start or not tokens[k].lower.endswith(_AZ_WHERE):
        return False
    if _az_ordinal(tokens[k]) or (k - 1 >= start and _az_ordinal(tokens[k - 1])):
        return True  # "ikinci məzarlıqda 7", "ikincisində 7": the second (grave, village)
    return _capitalised(tokens[k]) or (k - 1 >= start and _capitalised(tokens[k - 1]))


def _az_ordinal(token: Token) -> bool:
    """Is the word an Azerbaijani ordinal in words ("ikinci", "üçüncü", "birincisində"): a
    numeral, a vowel that harmonises with it, then "-nc-"?"""
    word = token.lower
    at = word.find("nc")
    if token.kind != "word" or at < 2:
        return False
    numerals = number_words("az")
    return word[:at] in numerals or word[: at - 1] in numerals


def place_opening(
    tokens: list[Token], start: int, end: int, language: str, masked: frozenset[int] = frozenset()
) -> int:
    """Past a place that opens a clause at ``start`` ("In Orsk,", «в Лесном —», "Qaraçay
    kəndində", "Laçında isə"), with the comma or dash after it; -1 if none opens it. Words
    in ``masked`` (dates: "In April,") are no place."""
    k = place_after_opener(tokens, start, end, language)
    if k < 0 or any(i in masked for i in range(start, k)):
        return -1
    if k < end and tokens[k].text in {",", "—", "–"}:
        k += 1
    return k


def place_after_opener(tokens: list[Token], start: int, end: int, language: str) -> int:
    """Past the place that opens a clause at ``start``, or -1: a locative preposition and a
    capitalised name ("in Orsk", «в Лесном»); in Azerbaijani a capitalised name with the
    locative ending ("Laçında") or before a word for a settlement that has it ("Yuxarı Oba
    kəndində") — a capitalised word alone may only open the sentence ("Gecə saatlarında")."""
    k = start
    if k < end and tokens[k].lower in _CLAUSE_OPENERS:
        k += 1
    first = k
    if language == "az":
        while k < end and k - first < 3 and _capitalised(tokens[k]):
            if tokens[k].lower.endswith(_AZ_LOCATIVE_ENDINGS):
                return _past_isə(tokens, k + 1, end)
            k += 1
        kind = tokens[k] if k < end and k > first else None
        if kind is None or not kind.lower.endswith(_AZ_LOCATIVE_ENDINGS):
            return -1
        if not kind.lower.startswith(tuple(_KINDS["az"])):
            return -1
        return _past_isə(tokens, k + 1, end)
    if k >= end or tokens[k].lower not in _SETTING_PREPOSITIONS.get(language, frozenset()):
        return -1
    k += 1
    if k < end and tokens[k].lower == "the":
        k += 1
    first = k
    while k < end and k - first < 3 and _capitalised(tokens[k]):
        k += 1
    return k if k > first else -1


def _past_isə(tokens: list[Token], k: int, end: int) -> int:
    """Past the Azerbaijani "isə" ("as for") that may follow what opens a clause."""
    return k + 1 if k < end and tokens[k].lower == "isə" else k


def _capitalised(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and token.lower not in _NOT_PLACES
