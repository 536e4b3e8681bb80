"""Letter rules between scripts, written from general knowledge.

The rules here only cover what letter rules can cover. Soviet-era Russian
renderings of Azerbaijani names (Qasım ~ Касум, Hacı ~ Гаджи) are NOT produced
by a rule: they are written by hand in ``names.py``. The rules are used to go
from a hand-written Russian form to English / Armenian, from a hand-written
Azerbaijani form to English / Armenian, and for synthetic place names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# ---------------------------------------------------------------- az -> en
# Modern English (passport / ICAO style) from Azerbaijani Latin.
_AZ_EN = {
    "ə": "a", "ı": "i", "i": "i", "ö": "o", "ü": "u", "ş": "sh", "ç": "ch",
    "c": "j", "x": "kh", "q": "g", "ğ": "gh", "y": "y",
}  # fmt: skip
_AZ_EN_ALT = dict(_AZ_EN, **{"ə": "e", "ğ": "g"})
_AZ_EN_ALT2 = dict(_AZ_EN, **{"x": "x", "q": "q", "ğ": "g"})


def _apply_charmap(s: str, table: dict[str, str]) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        if low == "i̇":
            low = "i"
        rep = table.get(low)
        if rep is None:
            out.append(ch)
            continue
        if ch != low or ch in "İI":
            rep = rep[:1].upper() + rep[1:]
        out.append(rep)
    return "".join(out)


def az_to_en(s: str, variant: int = 0) -> str:
    s = s.replace("İ", "I")
    table = (_AZ_EN, _AZ_EN_ALT, _AZ_EN_ALT2)[variant]
    out = _apply_charmap(s, table)
    if variant == 0:  # the English usage is "oglu", not "oghlu"
        out = out.replace(" oghlu", " oglu")
    return out


# ------------------------------------------------------------ ru -> en
# Soviet / Russian passport style (pre-2010), with common variants.
_RU_EN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_VOWELS_RU = set("аеёиоуыэюяьъ")


def ru_to_en(s: str, variant: int = 0) -> str:
    """variant 0: passport; 1: 'ye' after vowels (Aliyev); 2: i/h/j variant."""
    out = []
    n = len(s)
    i = 0
    prev = " "
    while i < n:
        ch = s[i]
        low = ch.lower()
        up = ch != low
        rep = _RU_EN.get(low)
        if rep is None:
            out.append(ch)
            prev = ch
            i += 1
            continue
        if variant == 2 and low == "д" and i + 1 < n and s[i + 1].lower() == "ж":
            rep = "j"
            i += 1
        elif low == "е" and (not prev.isalpha()):
            rep = "ye" if variant else "e"
        elif low == "е" and prev.lower() in _VOWELS_RU and variant == 1:
            rep = "ye"
        elif variant == 2:
            rep = {"й": "i", "х": "h", "ю": "iu", "я": "ia"}.get(low, rep)
        if up and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
        prev = ch
        i += 1
    r = "".join(out)
    if variant == 0:
        r = r.replace("Yye", "Ye")
    return r


# ------------------------------------------------------------ ru -> hy
_RU_HY = {
    "а": "ա", "б": "բ", "в": "վ", "г": "գ", "д": "դ", "е": "ե", "ё": "յո",
    "ж": "ժ", "з": "զ", "и": "ի", "й": "յ", "к": "կ", "л": "լ", "м": "մ",
    "н": "ն", "о": "ո", "п": "պ", "р": "ր", "с": "ս", "т": "տ", "у": "ու",
    "ф": "ֆ", "х": "խ", "ц": "ց", "ч": "չ", "ш": "շ", "щ": "շչ", "ъ": "",
    "ы": "ը", "ь": "", "э": "է", "ю": "յու", "я": "յա",
}  # fmt: skip


def _by_word(s: str, convert: Callable[[str], str]) -> str:
    """``s`` with each word (between spaces and hyphens) converted, the rest kept."""
    return "".join(
        w if not w or w.isspace() or w == "-" else convert(w) for w in re.split(r"(\s+|-)", s)
    )


def _hy_cap(word: str) -> str:
    return word[:1].upper() + word[1:] if word else word


def ru_to_hy(s: str) -> str:
    return _by_word(s, _ru_to_hy_word)


def _ru_to_hy_word(w: str) -> str:
    lw = w.lower()
    if lw == "оглы":
        return "օղլի"
    if lw == "кызы":
        return "ղըզի"
    lw = lw.replace("дж", "ջ")
    out = []
    for j, ch in enumerate(lw):
        if j == 0 and ch == "о":
            out.append("օ")
        elif ch == "е" and j > 0 and lw[j - 1] in "аеиоуыэюяь":
            out.append("յե")
        else:
            out.append(_RU_HY.get(ch, ch))
    hw = "".join(out)
    if hw.endswith("եվ") and len(hw) > 3:
        hw = hw[:-2] + "և"
    if hw.endswith("յեվ"):
        hw = hw[:-3] + "յև"
    return _hy_cap(hw)


# ------------------------------------------------------------ az -> hy
_AZ_HY = {
    "a": "ա", "b": "բ", "c": "ջ", "ç": "չ", "d": "դ", "e": "ե", "ə": "ա",
    "f": "ֆ", "g": "գ", "ğ": "ղ", "h": "հ", "x": "խ", "ı": "ը", "i": "ի",
    "j": "ժ", "k": "կ", "q": "ղ", "l": "լ", "m": "մ", "n": "ն", "o": "ո",
    "ö": "ո", "p": "պ", "r": "ր", "s": "ս", "ş": "շ", "t": "տ", "u": "ու",
    "ü": "յու", "v": "վ", "y": "յ", "z": "զ",
}  # fmt: skip


def az_to_hy(s: str) -> str:
    return _by_word(s, _az_to_hy_word)


def _az_to_hy_word(w: str) -> str:
    lw = w.replace("İ", "i").replace("I", "ı").lower()
    if lw == "oğlu":
        return "օղլի"
    if lw == "qızı":
        return "ղըզի"
    out = []
    for j, ch in enumerate(lw):
        if j == 0 and ch == "o":
            out.append("օ")
        else:
            out.append(_AZ_HY.get(ch, ch))
    hw = "".join(out)
    if hw.endswith("յեվ"):
        hw = hw[:-3] + "յև"
    return _hy_cap(hw)


# ------------------------------------------------------------ az -> ru
# Only for synthetic place names; the personal names are written by hand.
_AZ_RU = {
    "a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "e": "е", "ə": "а",
    "f": "ф", "g": "г", "ğ": "г", "h": "г", "x": "х", "ı": "ы", "i": "и",
    "j": "ж", "k": "к", "q": "г", "l": "л", "m": "м", "n": "н", "o": "о",
    "ö": "ё", "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у",
    "ü": "ю", "v": "в", "y": "й", "z": "з",
}  # fmt: skip


def az_to_ru(s: str) -> str:
    return _by_word(s, _az_to_ru_word)


def _az_to_ru_word(w: str) -> str:
    lw = w.replace("İ", "i").replace("I", "ı").lower()
    lw = lw.replace("ya", "я").replace("yu", "ю").replace("yə", "я")
    out = []
    for j, ch in enumerate(lw):
        if j == 0 and ch == "q":
            out.append("к")
        elif j == 0 and ch == "e":
            out.append("э")
        elif j == 0 and ch == "ə":
            out.append("а")
        else:
            out.append(_AZ_RU.get(ch, ch))
    rw = "".join(out)
    return rw[:1].upper() + rw[1:]


# ------------------------------------------------------------ helpers
_AZ_STRIP = str.maketrans({
    "ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c",
    "Ç": "C", "ğ": "g", "Ğ": "G", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
})  # fmt: skip
_AZ_1991 = str.maketrans({"ə": "ä", "Ə": "Ä"})


def az_strip_diacritics(s: str) -> str:
    """What a keyboard without Azerbaijani letters produces."""
    return s.translate(_AZ_STRIP)


def az_1991_alphabet(s: str) -> str:
    """The 1991-92 Latin alphabet wrote ə as ä."""
    return s.translate(_AZ_1991)


def az_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()
