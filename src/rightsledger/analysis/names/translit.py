"""Comparison forms of single name words across Azerbaijani, Russian, Armenian and English.

Every word is first mapped to a *phonemic Latin* spelling in which the sounds that the
orthographies write differently get one letter each (ş for Azerbaijani ş, Russian ш and
English sh; ç for ç/ч/ch; j for c/дж/dj/dzh/j/ж/zh; x for x/х/kh; ğ for ğ/ғ/gh; …).  The
*fold* then merges what transliteration between the three languages confuses in practice:

* Azerbaijani ə is written а or е in Russian, so a/e/ə fold together; ı/ы/i fold; ö/o; ü/u;
* h, g, q, k, x and ğ are swapped freely (Həsən/Гасан, Qasım/Касым, Xəlil/Халил,
  Şahin/Шахин), so they fold into one letter;
* a glide y after a consonant or between vowels marks palatalisation in Russian spelling
  (Гюнель, Алиев vs Əliyev) and is dropped; y before a consonant is i (Гусейнов/Guseinov);
* doubled letters collapse (Məmmədov/Мамедов).

The *key* keeps the first letter and the consonant skeleton of the fold and is meant for
blocking, not for deciding.  Originals are never changed: these are derived forms only.
"""

from __future__ import annotations

import functools
import re

import icu

from rightsledger.analysis.names.scripts import Script, detect_script

__all__ = ["fold", "phonemic", "romanize", "skeleton"]

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yö", "ж": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts",
    "ч": "ç", "ш": "ş", "щ": "ş", "ъ": "", "ы": "ı", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Azerbaijani Cyrillic (1939-1991) and other Turkic letters met in old documents.
    "ә": "ə", "ғ": "ğ", "ҹ": "j", "һ": "h", "ј": "y", "ө": "ö", "ү": "ü", "ҝ": "g",
    "қ": "q", "ң": "n", "ұ": "u", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip

# Azerbaijani Latin letters to phonemic letters (c is the sound of English j).
_AZ_LATIN = {"c": "j", "j": "j", "ş": "ş", "ç": "ç", "ğ": "ğ", "ı": "ı", "i̇": "i"}

# Digraphs of English and other passport-style romanisations, longest first.
_EN_DIGRAPHS = (
    ("shch", "ş"), ("sch", "ş"), ("dzh", "j"), ("tch", "ç"), ("sh", "ş"), ("ch", "ç"),
    ("zh", "j"), ("dj", "j"), ("kh", "x"), ("gh", "ğ"), ("ck", "k"), ("ph", "f"),
)  # fmt: skip

# Marked letters that ICU's romanisation of Armenian (and Latin-with-diacritics input) yields.
_MARKED_LATIN = {
    "š": "ş", "č": "ç", "ž": "j", "ǰ": "j", "ġ": "ğ", "ē": "e", "ō": "o", "ṙ": "r",
    "ä": "ə", "ʻ": "", "'": "", "ʼ": "", "’": "", "`": "",
}  # fmt: skip

_VOWELS = frozenset("aeiouəıöü")
_FOLD_LETTERS = str.maketrans(
    {"ə": "a", "e": "a", "ı": "i", "ö": "o", "ü": "u", "h": "k", "g": "k", "q": "k",
     "x": "k", "ğ": "k", "c": "j", "w": "v", "ş": "w", "ç": "c"}
)  # fmt: skip
_DEVOICE = str.maketrans("bdzv", "ptsf")
_NON_LETTER = re.compile(r"[^a-zəıöüşçğ]")

_ANY_LATIN = icu.Transliterator.createInstance("Any-Latin")
_LATIN_ASCII = icu.Transliterator.createInstance("Latin-ASCII")


def _from_cyrillic(word: str) -> str:
    out = []
    for index, char in enumerate(word):
        mapped = _CYRILLIC.get(char)
        if mapped is None:
            mapped = _LATIN_ASCII.transliterate(_ANY_LATIN.transliterate(char)).lower()
        # Russian е after a vowel or at the start of a word is pronounced ye (Агаев).
        if char == "е" and (index == 0 or word[index - 1] in "аеёиоуыэюяьъ"):
            mapped = "ye" if index else "e"
        out.append(mapped)
    return "".join(out)


def _from_latin(word: str, azerbaijani: bool) -> str:
    if azerbaijani:
        return "".join(_AZ_LATIN.get(char, char) for char in word)
    for digraph, sound in _EN_DIGRAPHS:
        word = word.replace(digraph, sound)
    return word.replace("c", "j")


def _from_armenian(word: str) -> str:
    # ICU renders the digraph ու as "ow" and the ligature և as "ew"; Armenian spells /u/, /ev/.
    # ը is the schwa Armenian spelling uses for Russian ы (Айдынлы → Այդընլը).
    word = word.replace("ու", "u").replace("Ու", "u").replace("և", "ev").replace("ը", "ı")
    # ICU writes ծ and ց c (and ձ j), which the Azerbaijani letters read as dʒ; they are
    # ts and dz, as Russian (Цатурян, Амбарцум) and English (Tsaturyan) write them.
    word = word.replace("ծ", "ts").replace("ց", "ts").replace("ձ", "dz")
    if word[:1] in "Ոո" and word[1:2].isalpha() and word[1:2] not in "Վվ":
        # A word's first ո is read vo (Ոսկան: Voskan, Воскан), where ICU gives o; Armenian
        # writes a first o with օ.  Ով- is read ov; an initial Ո. may be of Ու- (u).
        word = "վ" + word
    latin = _ANY_LATIN.transliterate(word).lower()
    return _from_latin("".join(_MARKED_LATIN.get(char, char) for char in latin), True)


@functools.lru_cache(maxsize=4096)
def _strip_mark(char: str) -> str:
    if char.isascii() or char in "əıöüşçğ":
        return char
    return str(_LATIN_ASCII.transliterate(char)).lower()


@functools.lru_cache(maxsize=200_000)
def phonemic(word: str, script: Script | None = None) -> str:
    """Return the phonemic Latin spelling of one name word (lower case, letters only)."""
    word = word.strip().lower().replace("i̇", "i")
    if script is None:
        script = detect_script(word)
    if script is Script.CYRILLIC:
        text = _from_cyrillic(word)
    elif script is Script.ARMENIAN:
        text = _from_armenian(word)
    elif script is Script.LATIN_AZERBAIJANI:
        text = _from_latin(word, True)
    elif script is Script.LATIN:
        text = _from_latin("".join(_MARKED_LATIN.get(char, char) for char in word), False)
    else:
        text = _from_latin(_LATIN_ASCII.transliterate(_ANY_LATIN.transliterate(word)), False)
    # Any diacritic we have no rule for is stripped by ICU, keeping our phonemic letters.
    if not text.isascii():
        text = "".join(_strip_mark(char) for char in text)
    return _NON_LETTER.sub("", text)


@functools.lru_cache(maxsize=200_000)
def fold(word: str, script: Script | None = None) -> str:
    """Return the cross-script comparison form of one name word.

    >>> fold("Həsən") == fold("Гасан") == fold("Hasan") == fold("Gasan")
    True
    """
    text = phonemic(word, script)
    if not text:
        return ""
    # Armenian -յան is romanised -yan or -ian; Russian -ян: make them one ending.
    text = re.sub(r"(?<=[^aeiouəıöü])ian(?=$|ts)", "yan", text)
    text = text.replace("dj", "j")  # Cyrillic дж, French-style dj
    # Armenian initial Hov- is Ов-/О- in Russian spelling: Hovhannes, Оганес, Ованес.
    if text.startswith("hovh"):
        text = "oh" + text[4:]
    elif text.startswith("hov"):
        text = "ov" + text[3:]
    if text.startswith("ye"):
        text = text[1:]
    elif len(text) > 2 and text[0] == "i" and text[1] in "aou":
        text = "y" + text[1:]  # passport romanisation writes initial я, ю, ё as ia, iu, io
    out: list[str] = []
    for index, char in enumerate(text):
        if (
            char == "i"
            and 0 < index < len(text) - 1
            and text[index - 1] in "aeou"
            and text[index + 1] in "aeou"
        ):
            char = "y"  # passport romanisation: Кызылкая → Kyzylkaia
        if char == "y" and index > 0:
            following = text[index + 1] if index + 1 < len(text) else ""
            if following in _VOWELS:
                continue  # a glide: Алиев/Əliyev, Гюнель/Günel, Бабаев/Babayev
            char = "i"  # Гусейнов/Huseynov/Guseinov
        out.append(char)
    folded = "".join(out).translate(_FOLD_LETTERS)
    # The suffix -lı/-li/-lu/-lü follows vowel harmony, which Russian spelling ignores.
    folded = re.sub(r"(?<=.)lu$", "li", folded)
    return re.sub(r"(.)\1+", r"\1", folded)


@functools.lru_cache(maxsize=200_000)
def skeleton(word: str, script: Script | None = None) -> str:
    """Return a short blocking key: the first letter of the fold and its consonants.

    Voiced and voiceless consonants are merged too (Mehdiyev/Мехтиев, Ələkbərov/Алекперов):
    Russian spelling often renders Azerbaijani voiced consonants voiceless.
    """
    folded = fold(word, script)
    if not folded:
        return ""
    consonants = re.sub(r"[aeiouy]", "", folded[1:]).translate(_DEVOICE)
    return re.sub(r"(.)\1+", r"\1", folded[0] + consonants)


@functools.lru_cache(maxsize=200_000)
def romanize(text: str) -> str:
    """Return a readable ASCII romanisation (ICU ``Any-Latin; Latin-ASCII`` after our rules)."""
    words = []
    for word in text.split():
        script = detect_script(word)
        if script is Script.LATIN_AZERBAIJANI:
            word = word.replace("ə", "a").replace("Ə", "A").replace("ı", "i")
        elif script is Script.ARMENIAN:
            word = word.replace("ու", "u").replace("Ու", "U").replace("և", "ev")
        words.append(_LATIN_ASCII.transliterate(_ANY_LATIN.transliterate(word)))
    return " ".join(words)
