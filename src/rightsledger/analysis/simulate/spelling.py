"""How the lists of the simulation spell names: conventions and clerical errors.

These renderers are written independently of :mod:`rightsledger.analysis.names`, with the
romanisation systems clerks actually use (BGN/PCGN and passport ICAO for Russian, plain
diacritic stripping for Azerbaijani), so that the simulation tests the name rules rather
than mirroring them.
"""

from __future__ import annotations

import random

__all__ = [
    "RU_TO_EN_BGN",
    "RU_TO_EN_ICAO",
    "az_patronymic",
    "az_to_en",
    "ru_patronymic",
    "ru_to_armenian",
    "ru_to_en",
    "typo",
]

_RU_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ь": "", "э": "e",
}  # fmt: skip
RU_TO_EN_BGN = {**_RU_COMMON, "е": "e", "ё": "e", "й": "y", "ы": "y", "ю": "yu", "я": "ya"}
RU_TO_EN_ICAO = {**_RU_COMMON, "е": "e", "ё": "e", "й": "i", "ы": "y", "ю": "iu", "я": "ia"}
_RU_VOWELS = "аеёиоуыэюяьъ"


def ru_to_en(text: str, table: dict[str, str], ye_after_vowel: bool) -> str:
    """Romanise Russian with a table; BGN writes е as ye initially and after vowels."""
    out = []
    for index, char in enumerate(text):
        lower = char.lower()
        mapped = table.get(lower, lower)
        if (
            lower == "е"
            and ye_after_vowel
            and (index == 0 or text[index - 1].lower() in _RU_VOWELS)
        ):
            mapped = "ye"
        if char.isupper() and mapped:
            mapped = mapped[0].upper() + mapped[1:]
        out.append(mapped)
    return "".join(out)


_AZ_TO_EN_PLAIN = {
    "ə": "a", "Ə": "A", "ı": "i", "I": "I", "İ": "I", "ş": "sh", "Ş": "Sh", "ç": "ch",
    "Ç": "Ch", "ğ": "g", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
}  # fmt: skip
# Alternative choices for the letters English renderings disagree on.
_AZ_TO_EN_PHONETIC = {**_AZ_TO_EN_PLAIN, "x": "kh", "X": "Kh", "q": "g", "Q": "G", "c": "j",
                      "C": "J", "ğ": "gh", "ə": "a"}  # fmt: skip


def az_to_en(text: str, phonetic: bool) -> str:
    """Romanise Azerbaijani Latin: strip diacritics, or spell sounds the English way."""
    table = _AZ_TO_EN_PHONETIC if phonetic else _AZ_TO_EN_PLAIN
    return "".join(table.get(char, char) for char in text)


def az_patronymic(father: str, female: bool) -> str:
    return f"{father} {'qızı' if female else 'oğlu'}"


def ru_patronymic(father: str, female: bool) -> str:
    """Russian patronymic from a father's name in Russian: Гасан → Гасанович/Гасановна."""
    last = father[-1]
    if last in "йь":
        stem, soft = father[:-1], True  # Сергей → Сергеевич, Шамиль → Шамилевич
    elif last in "аяиеоуы":
        stem, soft = father, True  # Turkic names keep the vowel: Муса → Мусаевич, Али → Алиевич
    else:
        stem, soft = father, False
    suffix = ("евна" if soft else "овна") if female else ("евич" if soft else "ович")
    return stem + suffix


_RU_TO_HY = {
    "а": "ա", "б": "բ", "в": "վ", "г": "գ", "д": "դ", "е": "ե", "ё": "յո", "ж": "ժ", "з": "զ",
    "и": "ի", "й": "յ", "к": "կ", "л": "լ", "м": "մ", "н": "ն", "о": "ո", "п": "պ", "р": "ր",
    "с": "ս", "т": "տ", "у": "ու", "ф": "ֆ", "х": "խ", "ц": "ց", "ч": "չ", "ш": "շ", "щ": "շ",
    "ъ": "", "ы": "ը", "ь": "", "э": "է", "ю": "յու", "я": "յա",
}  # fmt: skip


def ru_to_armenian(text: str) -> str:
    """Write a Russian-spelled name in Armenian script, as an Armenian-language list would."""
    words = []
    for word in text.split():
        letters = []
        for index, char in enumerate(word.lower()):
            mapped = _RU_TO_HY.get(char, char)
            if index == 0 and char == "о":
                mapped = "օ"
            elif index == 0 and char == "е":
                mapped = "ե"
            letters.append(mapped)
        spelled = "".join(letters)
        words.append(spelled[:1].upper() + spelled[1:])
    return " ".join(words)


def typo(text: str, rng: random.Random) -> str:
    """One clerical error: a letter dropped, doubled, swapped with its neighbour or replaced."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 3:
        return text
    pos = rng.choice(letters[1:])
    kind = rng.random()
    if kind < 0.3:
        return text[:pos] + text[pos + 1 :]
    if kind < 0.5:
        return text[:pos] + text[pos] + text[pos:]
    if kind < 0.75 and pos + 1 < len(text) and text[pos + 1].isalpha():
        return text[:pos] + text[pos + 1] + text[pos] + text[pos + 2 :]
    alphabet = [c for c in text.lower() if c.isalpha()]
    return text[:pos] + rng.choice(alphabet) + text[pos + 1 :]
