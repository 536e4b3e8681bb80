"""Letter rules between the conventions (written from scratch for listgen2).

Irregular Soviet-era forms are not produced here: they come from the Russian
column of the name tables. These rules only turn a Russian form into English or
Armenian, an Azerbaijani form into English or Armenian, or strip diacritics.
"""

from functools import cache

AZ_UPPER = {"i": "İ", "ı": "I"}
AZ_LOWER = {"İ": "i", "I": "ı"}


def az_lower(s):
    return "".join(AZ_LOWER.get(c, c.lower()) for c in s)


def _cap_word(w, az=False):
    if not w:
        return w
    c = w[0]
    up = AZ_UPPER.get(c, c.upper()) if az else c.upper()
    return up + w[1:]


def cap(s, az=False):
    """Capitalise each space/hyphen separated part of an all-lowercase string."""
    out = []
    for part in s.split(" "):
        out.append("-".join(_cap_word(p, az) for p in part.split("-")))
    return " ".join(out)


def az_upper(s):
    return "".join(AZ_UPPER.get(c, c.upper()) for c in s)


# --- Russian -> English (passport / Soviet-document style) -------------------
_RU_EN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    " ": " ",
    "-": "-",
}
_RU_VOW = set("аеёиоуыэюяьъ")


@cache
def ru_to_en(s, ye_after_vowel=True, short_i="y", kh="kh"):
    """s: Russian text in any case. Returns capitalised English."""
    low = s.lower()
    out = []
    prev = " "
    for ch in low:
        if ch == "е":
            if prev in " -" or prev in _RU_VOW:
                out.append("ye" if (ye_after_vowel or prev in " -") else "e")
            else:
                out.append("e")
        elif ch == "й":
            out.append(short_i)
        elif ch == "х":
            out.append(kh)
        else:
            out.append(_RU_EN.get(ch, ch))
        prev = ch
    return cap("".join(out))


# --- Azerbaijani -> English ----------------------------------------------------
@cache
def az_to_en(s, q="g", x="kh", schwa="a", gh="gh"):
    low = az_lower(s)
    m = {
        "ə": schwa,
        "ı": "i",
        "ş": "sh",
        "ç": "ch",
        "c": "j",
        "ğ": gh,
        "ö": "o",
        "ü": "u",
        "q": q,
        "x": x,
        "j": "zh",
    }
    return cap("".join(m.get(ch, ch) for ch in low))


@cache
def az_strip(s, schwa="e"):
    """Azerbaijani typed without an Azerbaijani keyboard."""
    m = {
        "ə": schwa,
        "Ə": schwa.upper(),
        "ı": "i",
        "İ": "I",
        "ş": "s",
        "Ş": "S",
        "ç": "c",
        "Ç": "C",
        "ğ": "g",
        "Ğ": "G",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
    }
    return "".join(m.get(ch, ch) for ch in s)


# --- Russian -> Armenian ------------------------------------------------------
_RU_HY = {
    "а": "ա",
    "б": "բ",
    "в": "վ",
    "г": "գ",
    "д": "դ",
    "ё": "յո",
    "ж": "ժ",
    "з": "զ",
    "и": "ի",
    "й": "յ",
    "к": "կ",
    "л": "լ",
    "м": "մ",
    "н": "ն",
    "п": "պ",
    "р": "ր",
    "с": "ս",
    "т": "տ",
    "у": "ու",
    "ф": "ֆ",
    "х": "խ",
    "ц": "ց",
    "ч": "չ",
    "ш": "շ",
    "щ": "շչ",
    "ъ": "",
    "ы": "ը",
    "ь": "",
    "э": "է",
    "ю": "յու",
    "я": "յա",
    " ": " ",
    "-": "-",
}


def _hy_fix(w):
    # surname endings -ев / -ева are written with the ligature և
    for a, b in (("յեվա", "ևա"), ("եվա", "ևա"), ("յեվ", "և"), ("եվ", "և")):
        if w.endswith(a) and len(w) > len(a) + 1:
            return w[: -len(a)] + b
    return w


def _hy_cap(s):
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in s.split(" "))


@cache
def ru_to_hy(s):
    low = s.lower().replace("дж", "\x01")
    out = []
    prev = " "
    for ch in low:
        if ch == "\x01":
            out.append("ջ")
        elif ch == "е":
            out.append("յե" if prev in _RU_VOW else "ե")
        elif ch == "о":
            out.append("օ" if prev in " -" else "ո")
        elif ch == "р" and prev in " -":
            out.append("ռ")
        else:
            out.append(_RU_HY.get(ch, ch))
        prev = ch if ch != "\x01" else "ж"
    res = " ".join(_hy_fix(w) for w in "".join(out).split(" "))
    return _hy_cap(res)


_AZ_HY = {
    "a": "ա",
    "b": "բ",
    "c": "ջ",
    "ç": "չ",
    "d": "դ",
    "e": "ե",
    "ə": "ա",
    "f": "ֆ",
    "g": "գ",
    "ğ": "ղ",
    "h": "հ",
    "x": "խ",
    "ı": "ը",
    "i": "ի",
    "j": "ժ",
    "k": "կ",
    "q": "ղ",
    "l": "լ",
    "m": "մ",
    "n": "ն",
    "o": "ո",
    "ö": "ո",
    "p": "պ",
    "r": "ր",
    "s": "ս",
    "ş": "շ",
    "t": "թ",
    "u": "ու",
    "ü": "յու",
    "v": "վ",
    "y": "յ",
    "z": "զ",
    " ": " ",
    "-": "-",
}


@cache
def az_to_hy(s):
    low = az_lower(s)
    out = []
    prev = " "
    for ch in low:
        if prev in " -" and ch in "eə":
            out.append("է")
        elif prev in " -" and ch == "o":
            out.append("օ")
        elif prev in " -" and ch == "r":
            out.append("ռ")
        else:
            out.append(_AZ_HY.get(ch, ch))
        prev = ch
    res = " ".join(_hy_fix(w) for w in "".join(out).split(" "))
    return _hy_cap(res)
