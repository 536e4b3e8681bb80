"""Typing and OCR noise, and the many ways lists write dates.

Typos are applied *after* transliteration, because that is how real lists
are made: a clerk spells Khalilova and then hits c for v (Khaliloca).
"""


# --- keyboard neighbours (same row, adjacent keys) -------------------------
def _kb(rows):
    nb = {}
    for row in rows:
        for i, c in enumerate(row):
            nb[c] = (row[i - 1] if i > 0 else "") + (row[i + 1] if i + 1 < len(row) else "")
    return nb


KB_LAT = _kb(["qwertyuiop", "asdfghjkl", "zxcvbnm"])
KB_CYR = _kb(["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"])
KB_HY = _kb(["քոեռտըւիօպ", "ասդֆգհյկլ", "զղցվբնմ"])  # Armenian phonetic layout

# --- OCR / handwriting confusions ------------------------------------------
OCR = {
    "lat": [
        ("m", "rn"),
        ("rn", "m"),
        ("l", "1"),
        ("I", "l"),
        ("o", "0"),
        ("e", "c"),
        ("c", "e"),
        ("h", "b"),
        ("d", "cl"),
        ("u", "v"),
        ("a", "o"),
        ("n", "h"),
        ("v", "y"),
        ("ə", "e"),
        ("ı", "i"),
        ("ş", "s"),
        ("ü", "u"),
        ("i", "l"),
        ("a", "e"),
    ],
    "cyr": [
        ("и", "н"),
        ("н", "и"),
        ("ш", "щ"),
        ("щ", "ш"),
        ("е", "ё"),
        ("з", "3"),
        ("б", "6"),
        ("п", "н"),
        ("л", "д"),
        ("а", "о"),
        ("у", "ч"),
        ("е", "с"),
        ("ь", "ъ"),
        ("к", "х"),
        ("и", "й"),
        ("я", "а"),
        ("е", "я"),
    ],
    "hy": [
        ("ո", "ռ"),
        ("ե", "է"),
        ("ս", "ն"),
        ("ղ", "դ"),
        ("հ", "ի"),
        ("վ", "ւ"),
        ("զ", "գ"),
        ("տ", "ս"),
        ("ա", "ը"),
        ("ր", "ռ"),
    ],
}
KB = {"lat": KB_LAT, "cyr": KB_CYR, "hy": KB_HY}


def typo(s, rnd, script):
    """One random slip; the first letter is rarely touched (as in real data)."""
    n = len(s)
    if n < 3:
        return s
    i = rnd.randint(1, n - 1)
    op = rnd.random()
    c = s[i]
    if op < 0.30:  # keyboard neighbour
        nb = KB[script].get(c.lower(), "")
        if nb:
            return s[:i] + nb[rnd.randrange(len(nb))] + s[i + 1 :]
        return s[:i] + s[i + 1 :]
    if op < 0.50:  # dropped letter
        return s[:i] + s[i + 1 :]
    if op < 0.62:  # doubled letter
        return s[:i] + c + s[i:]
    if op < 0.77 and i < n - 1:  # transposition
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    pairs = OCR[script]  # OCR confusion
    for _ in range(4):
        a, b = pairs[rnd.randrange(len(pairs))]
        j = s.find(a, 1)
        if j > 0:
            return s[:j] + b + s[j + len(a) :]
    return s[:i] + s[i + 1 :]


# --- dates ------------------------------------------------------------------
MON_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MON_AZ = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
]
MON_RU_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MON_RU_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
MON_HY_GEN = [
    "հունվարի",
    "փետրվարի",
    "մարտի",
    "ապրիլի",
    "մայիսի",
    "հունիսի",
    "հուլիսի",
    "օգոստոսի",
    "սեպտեմբերի",
    "հոկտեմբերի",
    "նոյեմբերի",
    "դեկտեմբերի",
]
MON_HY_NOM = [
    "հունվար",
    "փետրվար",
    "մարտ",
    "ապրիլ",
    "մայիս",
    "հունիս",
    "հուլիս",
    "օգոստոս",
    "սեպտեմբեր",
    "հոկտեմբեր",
    "նոյեմբեր",
    "դեկտեմբեր",
]


def az_year_suffix(y):
    """1992-ci, 1993-cü, 1990-cı: Azerbaijani ordinal suffix by last word."""
    d = y % 10
    if d == 0:
        t = (y // 10) % 10
        return {
            9: "cı",
            1: "cu",
            2: "ci",
            3: "cu",
            4: "cı",
            5: "ci",
            6: "cı",
            7: "ci",
            8: "ci",
            0: "ci",
        }[t]
    return {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[d]


def fmt_date(y, m, d, style, prec="d"):
    """prec: 'd' full date, 'm' month+year only, 'y' year only."""
    if prec == "y" or y <= 0:
        if style == "az_long":
            return f"{y}-{az_year_suffix(y)} il"
        if style in ("ru_long",):
            return f"{y} г."
        if style == "hy_long":
            return f"{y} թ."
        return str(y)
    if prec == "m":
        if style == "az_long":
            return f"{MON_AZ[m - 1]} {y}"
        if style == "ru_long":
            return f"{MON_RU_NOM[m - 1]} {y} г."
        if style == "hy_long":
            return f"{y} թ. {MON_HY_NOM[m - 1]}"
        if style in ("en_long", "us_long", "en_short"):
            return f"{MON_EN[m - 1][:3] if style == 'en_short' else MON_EN[m - 1]} {y}"
        if style == "iso":
            return f"{y}-{m:02d}"
        if style == "us":
            return f"{m:02d}/{y}"
        return f"{m:02d}.{y}"
    if style == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy_dot2":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    if style == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "us":  # US month-first, English lists
        return f"{m}/{d}/{y}"
    if style == "en_long":
        return f"{d} {MON_EN[m - 1]} {y}"
    if style == "en_short":
        return f"{d} {MON_EN[m - 1][:3]} {y}"
    if style == "us_long":
        return f"{MON_EN[m - 1]} {d}, {y}"
    if style == "az_long":
        return f"{d} {MON_AZ[m - 1]} {y}-{az_year_suffix(y)} il"
    if style == "ru_long":
        return f"{d} {MON_RU_GEN[m - 1]} {y} г."
    if style == "hy_long":
        return f"{y} թ. {MON_HY_GEN[m - 1]} {d}"
    return f"{d:02d}.{m:02d}.{y}"
