"""Script conversions written from general knowledge (no library used).

Why hand rules and not a library: the generator must be independent of any
transliteration code the linkage system might share. The hand tables in
names_az / names_hy carry the *Soviet* Russian forms (Касум, Гаджи, Гусейн)
that no letter rule produces; the rules here only derive the secondary
scripts (English from Azerbaijani, English from Russian, Armenian script)
and give each list its own "house style" (dzh vs dj vs j, kh vs h ...).
"""

# ---------------------------------------------------------------- az -> en
# Modern English spelling of Azerbaijani Latin (Mammadov, Haji, Gasim).
_AZ_EN_BASE = {
    "ə": "a",
    "ı": "i",
    "ş": "sh",
    "ç": "ch",
    "ğ": "gh",
    "x": "kh",
    "q": "g",
    "c": "j",
    "ö": "o",
    "ü": "u",
    "j": "zh",
    "i̇": "i",
}
# alternative house styles seen in English texts made by Azerbaijani sources
AZ_EN_STYLES = {
    "std": {},
    "e": {"ə": "e"},  # Memmedov, Eliyev (older web lists)
    "x": {"x": "x", "q": "q"},  # keeps x/q letters (Xalilov, Qasimov)
    "h": {"x": "h", "ğ": "g"},  # Halilov, Aga
}


def az_to_en(s, style="std"):
    tab = dict(_AZ_EN_BASE)
    tab.update(AZ_EN_STYLES.get(style, {}))
    out = []
    for ch in s:
        lo = ch.lower()
        if lo == "i" and ch == "İ":
            lo = "i"
        r = tab.get(lo, lo)
        if ch != lo and r:
            r = r[0].upper() + r[1:]
        elif ch == "İ":
            r = "I"
        out.append(r)
    return "".join(out)


def az_strip_diacritics(s):
    """Azerbaijani typed on a Russian/English keyboard: Məmmədov -> Memmedov."""
    tab = {
        "ə": "e",
        "Ə": "E",
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
    return "".join(tab.get(c, c) for c in s)


# ---------------------------------------------------------------- ru -> en
_RU_EN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
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
}
# house styles of English-from-Russian lists: Soviet passport (dzh, kh),
# French/ICRC-like (dj, h), English-press (j, i for й)
RU_EN_STYLES = {
    "passport": {},
    "dj": {"дж": "dj", "х": "kh", "й": "i", "ю": "iu"},
    "j": {"дж": "j", "й": "i", "х": "kh"},
    "h": {"х": "h", "дж": "dzh"},
    "apos": {"ь": "'", "ъ": "'"},
}
_VOW_RU = set("аеёиоуыэюяьъ")


def ru_to_en(s, style="passport"):
    st = RU_EN_STYLES.get(style, {})
    out = []
    low = s.lower()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        lo = low[i]
        if lo == "д" and i + 1 < n and low[i + 1] == "ж":
            r = st.get("дж", "dzh")
            i += 2
        else:
            if lo == "е" and (i == 0 or low[i - 1] in _VOW_RU or not low[i - 1].isalpha()):
                # Yegana at word start; after a vowel Aliev in passports,
                # Aliyev in the English press style
                if i == 0 or not low[i - 1].isalpha():
                    r = "ye" if style != "dj" else "e"
                else:
                    r = "ye" if style == "j" else "e"
            else:
                r = st.get(lo, _RU_EN.get(lo, lo))
            i += 1
        if ch != lo and r:
            r = r[0].upper() + r[1:]
        out.append(r)
    return "".join(out)


# ---------------------------------------------------------------- ru -> az
# Armenian (and Russian) names written by Azerbaijani clerks: Оганесян -> Oqanesyan
_RU_AZ = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "q",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "j",
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
    "х": "x",
    "ц": "ts",
    "ч": "ç",
    "ш": "ş",
    "щ": "şç",
    "ъ": "",
    "ы": "ı",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def ru_to_az(s):
    out = []
    low = s.lower()
    i, n = 0, len(s)
    while i < n:
        ch, lo = s[i], low[i]
        if lo == "д" and i + 1 < n and low[i + 1] == "ж":
            r = "c"
            i += 2
        else:
            r = _RU_AZ.get(lo, lo)
            if lo == "е" and i == 0:
                r = "ye"
            i += 1
        if ch != lo and r:
            r = "İ" if r == "i" else r[0].upper() + r[1:]
        out.append(r)
    return "".join(out)


# ---------------------------------------------------------------- -> Armenian
_RU_HY = {
    "а": "ա",
    "б": "բ",
    "в": "վ",
    "г": "գ",
    "д": "դ",
    "е": "ե",
    "ё": "յո",
    "ж": "ժ",
    "з": "զ",
    "и": "ի",
    "й": "յ",
    "к": "կ",
    "л": "լ",
    "м": "մ",
    "н": "ն",
    "о": "ո",
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
}
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
    "k": "ք",
    "q": "ղ",
    "l": "լ",
    "m": "մ",
    "n": "ն",
    "o": "ո",
    "ö": "յո",
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
}


def hy_upper_first(s):
    if not s:
        return s
    c = s[0]
    o = ord(c)
    if 0x0561 <= o <= 0x0586:
        return chr(o - 0x30) + s[1:]
    if c == "և":
        return "Եվ" + s[1:]
    return s


def _hy_word(w, tab, digraph_dzh):
    out = []
    lw = w.lower()
    i, n = 0, len(lw)
    while i < n:
        lo = lw[i]
        if digraph_dzh and lo == "д" and i + 1 < n and lw[i + 1] == "ж":
            out.append("ջ")
            i += 2
            continue
        r = tab.get(lo, lo)
        if i == 0 and lo in ("о", "o"):
            r = "օ"
        if i == 0 and lo in ("э", "e") and not digraph_dzh:
            r = "է"
        out.append(r)
        i += 1
    s = "".join(out)
    # Armenian writes the Russian surname ending -ев as և (Ալիև)
    if digraph_dzh:
        if s.endswith("եվ"):
            s = s[:-2] + "և"
        elif s.endswith("եվա"):
            s = s[:-3] + "ևա"
    return hy_upper_first(s)


def ru_to_hy(s):
    return " ".join(_hy_word(w, _RU_HY, True) for w in s.split(" "))


def az_to_hy(s):
    return " ".join(_hy_word(w, _AZ_HY, False) for w in s.split(" "))


# ---------------------------------------------------------------- helpers
_AZ_BACK = set("aıou")


def az_harmony_li(root):
    """-li/-lı/-lu/-lü by the last vowel of the root (Həsənli, Qasımlı)."""
    for c in reversed(root.lower()):
        if c in "aı":
            return "lı"
        if c in "ou":
            return "lu"
        if c in "öü":
            return "lü"
        if c in "əeiİ":
            return "li"
    return "li"
