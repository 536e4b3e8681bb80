"""Rendering of names, places and dates in each list's convention, and noise."""

from functools import lru_cache

from . import translit as T
from .places import PLACES, DISTRICTS, NEIGHBOURS, PLACES_BY_DISTRICT, CITIES

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# ------------------------------------------------------------- alphabets / OCR
LAT_ALPHA = "abcdefghijklmnopqrstuvwxyz"
AZ_ALPHA = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
RU_ALPHA = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
HY_ALPHA = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ"

OCR = {
    "lat": [
        ("m", "rn"),
        ("rn", "m"),
        ("l", "1"),
        ("I", "l"),
        ("i", "l"),
        ("o", "0"),
        ("O", "0"),
        ("e", "c"),
        ("c", "e"),
        ("h", "b"),
        ("u", "ii"),
        ("n", "u"),
        ("a", "o"),
        ("d", "cl"),
        ("v", "y"),
        ("S", "5"),
        ("B", "8"),
        ("ə", "e"),
        ("ı", "i"),
        ("ş", "s"),
        ("ç", "c"),
        ("ğ", "g"),
        ("ü", "u"),
        ("ö", "o"),
        ("Ə", "E"),
    ],
    "ru": [
        ("ш", "щ"),
        ("щ", "ш"),
        ("и", "н"),
        ("н", "и"),
        ("п", "н"),
        ("л", "п"),
        ("е", "ё"),
        ("ё", "е"),
        ("з", "3"),
        ("о", "0"),
        ("б", "6"),
        ("ы", "ь"),
        ("ц", "щ"),
        ("к", "н"),
        ("а", "о"),
        ("с", "е"),
        ("й", "и"),
        ("ж", "х"),
        ("Ш", "Щ"),
        ("И", "Н"),
        ("З", "3"),
    ],
    "hy": [
        ("ո", "ռ"),
        ("ռ", "ո"),
        ("ն", "ռ"),
        ("ս", "ա"),
        ("ա", "ս"),
        ("հ", "ի"),
        ("ի", "հ"),
        ("վ", "կ"),
        ("կ", "վ"),
        ("ը", "ր"),
        ("ր", "ը"),
        ("թ", "ժ"),
        ("շ", "չ"),
        ("չ", "շ"),
        ("ղ", "դ"),
        ("ե", "է"),
        ("Ս", "Ա"),
        ("Հ", "Ղ"),
    ],
}

SCRIPT = {
    "az_latin": "lat",
    "en_from_az": "lat",
    "en_from_ru": "lat",
    "ru_cyrillic": "ru",
    "hy_armenian": "hy",
}
ALPHA = {
    "az_latin": AZ_ALPHA,
    "en_from_az": LAT_ALPHA,
    "en_from_ru": LAT_ALPHA,
    "ru_cyrillic": RU_ALPHA,
    "hy_armenian": HY_ALPHA,
}


def typo(s, conv, r):
    if len(s) < 3:
        return s
    alpha = ALPHA[conv]
    i = r.randrange(1, len(s))
    op = r.random()
    if op < 0.3:  # substitution
        return s[:i] + alpha[r.randrange(len(alpha))] + s[i + 1 :]
    if op < 0.55:  # deletion
        return s[:i] + s[i + 1 :]
    if op < 0.75:  # insertion / doubling
        if r.random() < 0.5:
            return s[:i] + s[i] + s[i:]
        return s[:i] + alpha[r.randrange(len(alpha))] + s[i:]
    if i < len(s) - 1:  # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:-1]


def ocr(s, conv, r):
    pairs = OCR[SCRIPT[conv]]
    cand = [pr for pr in pairs if pr[0] in s]
    if not cand:
        return s
    a, b = cand[r.randrange(len(cand))]
    idx = [k for k in range(len(s)) if s.startswith(a, k)]
    k = idx[r.randrange(len(idx))]
    return s[:k] + b + s[k + len(a) :]


def initial(s):
    if not s:
        return s
    if (
        s.startswith("Ու")
        or s.startswith("Dzh")
        or s.startswith("Zh")
        or s.startswith("Kh")
        or s.startswith("Sh")
        or s.startswith("Ch")
        or s.startswith("Gh")
    ):
        return s[:2] + "."
    return s[0] + "."


def _hy_forms(w):
    """Armenian spelling variants: the ligature և written as ե+ւ (եւ)."""
    if "և" in w:
        return (w, w.replace("և", "եւ"))
    return (w,)


# ------------------------------------------------------------- given names
@lru_cache(maxsize=None)
def given_forms(side, name, conv, style):
    """All renderings of a canonical given name in a convention; first primary."""
    if side == "az":
        if conv == "az_latin":
            return tuple(dict.fromkeys([name] + T.AZ_LATIN_VARIANTS.get(name, [])))
        if conv == "en_from_az":
            return tuple(
                dict.fromkeys(T.az2en(v) for v in [name] + T.AZ_LATIN_VARIANTS.get(name, []))
            )
        ru = T.az2ru_variants(name)
        if conv == "ru_cyrillic":
            return tuple(ru)
        if conv == "en_from_ru":
            return tuple(dict.fromkeys(T.ru2en(v, style) for v in ru))
        return tuple(dict.fromkeys(T.ru2hy(v) for v in ru))
    # Armenian canonical
    if conv == "hy_armenian":
        return _hy_forms(name)
    ru = T.hy2ru_variants(name)
    if conv == "ru_cyrillic":
        return tuple(ru)
    if conv == "en_from_ru":
        return tuple(dict.fromkeys(T.ru2en(v, style) for v in ru))
    az = tuple(dict.fromkeys(T.ru2az(v) for v in ru))
    if conv == "az_latin":
        return az
    return tuple(dict.fromkeys(T.az2en(v) for v in az))


# ------------------------------------------------------------- surnames
AZ_SUFFIXES = ("zadə", "yev", "ov", "li", "lı", "lu", "lü", "ev")


def az_surname_split(s):
    for suf in AZ_SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf) + 1:
            root = s[: -len(suf)]
            if suf in ("lı", "lu", "lü"):
                suf = "li"
            return root, suf
    return s, ""


_AZ_SUF_RU = {"ov": "ов", "yev": "ев", "ev": "ев", "li": "ли", "zadə": "заде", "": ""}


def _az_li(root):
    # vowel harmony of -li: last vowel of the root
    for ch in reversed(T.az_lower(root)):
        if ch in "aı":
            return "lı"
        if ch in "ou":
            return "lu"
        if ch in "öü":
            return "lü"
        if ch in "eəi":
            return "li"
    return "li"


@lru_cache(maxsize=None)
def surname_forms(side, surname, suffix_mode, female, conv, style):
    """Renderings (tuple, first primary) of a canonical surname.

    suffix_mode: 'own' (as is), 'li' (Azerbaijani -li instead of -ov),
    'zade', 'none' (root only), 'ov' (Russified Armenian -ов), 'yants'."""
    if side == "az":
        root, suf = az_surname_split(surname)
        if suffix_mode == "li":
            suf = "li"
        elif suffix_mode == "zade":
            suf = "zadə"
        elif suffix_mode == "none":
            suf = ""
        elif suffix_mode == "ov" and suf not in ("ov", "yev"):
            suf = "yev" if T.az_lower(root)[-1] in "aəeıioöuü" else "ov"
        fem = female and suf in ("ov", "yev", "ev")
        if conv in ("az_latin", "en_from_az"):
            if suf == "li":
                az = root + _az_li(root)
            else:
                az = root + suf + ("a" if fem else "")
            return (az,) if conv == "az_latin" else (T.az2en(az),)
        rus = []
        for rr in T.az2ru_variants(root):
            sr = _AZ_SUF_RU[suf]
            if suf == "li" and rr[-1] in "аоуыя":
                sr = "лы"
            if suf in ("ov",) and rr[-1] in "йиеаюяу":
                sr = "ев"
            rus.append(rr + sr + ("а" if fem else ""))
        if conv == "ru_cyrillic":
            return tuple(dict.fromkeys(rus))
        if conv == "en_from_ru":
            return tuple(dict.fromkeys(T.ru2en(v, style) for v in rus))
        return tuple(dict.fromkeys(T.ru2hy(v) for v in rus))
    # Armenian
    root, suf = T.hy_surname_split(surname)
    if suffix_mode == "none":
        suf = ""
    elif suffix_mode == "ov":
        suf = "ով"
    elif suffix_mode == "yants":
        suf = "յանց"
    fem = female and suf == "ով"
    if conv == "hy_armenian":
        return _hy_forms(root + suf + ("ա" if fem else ""))
    sr = {"յան": "ян", "յանց": "янц", "ով": "ов", "": ""}[suf]
    rus = [v + sr + ("а" if fem else "") for v in T.hy_root_ru_variants(root)]
    if conv == "ru_cyrillic":
        return tuple(dict.fromkeys(rus))
    if conv == "en_from_ru":
        return tuple(dict.fromkeys(T.ru2en(v, style) for v in rus))
    az = tuple(dict.fromkeys(T.ru2az(v) for v in rus))
    if conv == "az_latin":
        return az
    return tuple(dict.fromkeys(T.az2en(v) for v in az))


# ------------------------------------------------------------- patronymics
@lru_cache(maxsize=None)
def patronymic_forms(side, father, male, conv, style, patro):
    """Renderings of the patronymic. patro: 'oglu' (X oğlu / X оглы),
    'ovich' (Russian -ович), 'mixed' handled by caller, 'gen' (Armenian genitive)."""
    if side == "az":
        if conv == "az_latin":
            return (father + (" oğlu" if male else " qızı"),)
        if conv == "en_from_az":
            return (T.az2en(father) + (" oglu" if male else " gizi"),)
        ru = T.az2ru_variants(father)
        if conv == "hy_armenian":
            return tuple(dict.fromkeys(T.ru2hy(v) + "ի" for v in ru))
        if patro == "ovich":
            rus = [T.ru_patronymic(v, male) for v in ru]
        else:
            rus = [v + (" оглы" if male else " кызы") for v in ru]
        if conv == "ru_cyrillic":
            return tuple(dict.fromkeys(rus))
        return tuple(dict.fromkeys(T.ru2en(v, style) for v in rus))
    if conv == "hy_armenian":
        return _hy_forms(T.hy_genitive(father))
    if patro == "oglu" and conv in ("az_latin", "en_from_az"):
        # an Azerbaijani clerk writing an Armenian's patronymic the Azerbaijani way
        az = tuple(
            dict.fromkeys(
                T.ru2az(v) + (" oğlu" if male else " qızı") for v in T.hy2ru_variants(father)
            )
        )
        if conv == "az_latin":
            return az
        return tuple(dict.fromkeys(T.az2en(v) for v in az))
    ru = [T.ru_patronymic(v, male) for v in T.hy2ru_variants(father)]
    if conv == "ru_cyrillic":
        return tuple(dict.fromkeys(ru))
    if conv == "en_from_ru":
        return tuple(dict.fromkeys(T.ru2en(v, style) for v in ru))
    az = tuple(dict.fromkeys(T.ru2az(v) for v in ru))
    if conv == "az_latin":
        return az
    return tuple(dict.fromkeys(T.az2en(v) for v in az))


# ------------------------------------------------------------- places
@lru_cache(maxsize=None)
def place_name(key, conv, style, form, year):
    """form: 'place' | 'district' | 'village' (with a village prefix)."""
    d, az, ru, hy, _c, old_ru = PLACES[key]
    if old_ru and year < 1991:
        ru = old_ru
    city = CITIES.get(key, 0)
    if form == "district" and city >= 3:
        form = "village"  # a large city has no district of its own
    if form == "district":
        daz, dru, dhy = DISTRICTS[d]
        if conv == "az_latin":
            return daz + " rayonu"
        if conv == "en_from_az":
            return T.az2en(daz) + " district"
        if conv == "ru_cyrillic":
            return dru + " район" if dru.endswith("ий") else "р-н " + dru
        if conv == "en_from_ru":
            return T.ru2en(dru, style) + (" district" if not dru.endswith("ий") else "")
        return dhy + " շրջան"
    if conv == "az_latin":
        n = az
    elif conv == "en_from_az":
        n = EN_AZ_PLACE.get(key, T.az2en(az))
    elif conv == "ru_cyrillic":
        n = ru
    elif conv == "en_from_ru":
        n = T.ru2en(ru, style)
    else:
        n = hy
    if form == "village":
        if city:
            n = {
                "az_latin": n + " şəhəri",
                "en_from_az": n + " city",
                "ru_cyrillic": "г. " + n,
                "en_from_ru": n + " city",
                "hy_armenian": n + " քաղաք",
            }[conv]
        else:
            n = {
                "az_latin": n + " kəndi",
                "en_from_az": n + " village",
                "ru_cyrillic": "с. " + n,
                "en_from_ru": "v. " + n,
                "hy_armenian": n + " գյուղ",
            }[conv]
    return n


# usual modern English spellings where they differ from the letter-by-letter rule
EN_AZ_PLACE = {
    "khojaly": "Khojaly",
    "stepanakert": "Khankendi",
    "jabrayil": "Jabrayil",
    "gubadli": "Gubadli",
    "martakert": "Aghdara",
    "martuni": "Khojavend",
    "baku": "Baku",
    "sumgait": "Sumgayit",
    "kapan": "Gafan",
    "goris": "Gorus",
    "yerevan": "Iravan",
}

# alternative spellings a list may use for a place, per convention
PLACE_VARIANTS = {
    ("khojaly", "en_from_az"): ("Khojaly", "Khojali", "Xojaly"),
    ("khojaly", "en_from_ru"): ("Khodzhaly", "Khojaly", "Hodzhaly", "Khodjaly"),
    ("khojaly", "ru_cyrillic"): ("Ходжалы", "Ходжалу", "Ходжали"),
    ("shusha", "en_from_ru"): ("Shusha", "Shushi"),
    ("agdam", "en_from_ru"): ("Agdam", "Aghdam"),
    ("agdam", "en_from_az"): ("Aghdam", "Agdam"),
    ("kalbajar", "en_from_ru"): ("Kelbadzhar", "Kelbajar", "Kalbajar"),
    ("kalbajar", "ru_cyrillic"): ("Кельбаджар", "Кельбеджар", "Кельбаджары"),
    ("jabrayil", "en_from_ru"): ("Dzhebrail", "Jebrail", "Jabrail"),
    ("jabrayil", "ru_cyrillic"): ("Джебраил", "Джабраил"),
    ("gubadli", "en_from_ru"): ("Kubatly", "Gubadly"),
    ("fuzuli", "en_from_ru"): ("Fizuli", "Fuzuli"),
    ("fuzuli", "ru_cyrillic"): ("Физули", "Физулинский р-н", "Фюзули"),
    ("tartar", "en_from_ru"): ("Terter", "Tartar"),
    ("zangilan", "en_from_ru"): ("Zangelan", "Zangilan"),
    ("ganja", "en_from_ru"): ("Gyandzha", "Ganja", "Gandja", "Kirovabad"),
    ("ganja", "ru_cyrillic"): ("Гянджа", "Гянжа", "Кировабад"),
    ("martakert", "ru_cyrillic"): ("Мардакерт", "Мартакерт"),
    ("martakert", "en_from_ru"): ("Mardakert", "Martakert"),
    ("stepanakert", "en_from_ru"): ("Stepanakert", "Khankendi"),
    ("lachin", "hy_armenian"): ("Բերձոր", "Լաչին"),
    ("kalbajar", "hy_armenian"): ("Քարվաճառ", "Քելբաջար"),
    ("martuni", "ru_cyrillic"): ("Мартуни", "Ходжавенд"),
    ("askeran", "en_from_ru"): ("Askeran", "Askaran"),
    ("maragha", "en_from_ru"): ("Maraga", "Maragha", "Marage"),
    ("sumgait", "en_from_ru"): ("Sumgait", "Sumgayit", "Sumgayyt"),
    ("getashen", "ru_cyrillic"): ("Геташен", "Чайкенд"),
    ("getashen", "en_from_ru"): ("Getashen", "Chaikend"),
}


def place_variant(key, conv, style, form, year, r, rate):
    if form == "place" and r.random() < rate:
        v = PLACE_VARIANTS.get((key, conv))
        if v:
            return v[r.randrange(len(v))]
    return place_name(key, conv, style, form, year)


def neighbour_place(key, r):
    d = PLACES[key][0]
    opts = [k for k in PLACES_BY_DISTRICT.get(d, []) if k != key]
    for nd in NEIGHBOURS.get(d, []):
        opts.extend(PLACES_BY_DISTRICT.get(nd, []))
    if not opts:
        return key
    return opts[r.randrange(len(opts))]


# ------------------------------------------------------------- dates
def fmt_date(y, m, d, fmt, prec="day"):
    if prec == "year":
        return "%04d" % y
    if fmt == "iso":
        return "%04d-%02d" % (y, m) if prec == "month" else "%04d-%02d-%02d" % (y, m, d)
    if fmt == "en":
        return (
            "%s %04d" % (MONTHS_EN[m - 1], y)
            if prec == "month"
            else "%d %s %04d" % (d, MONTHS_EN[m - 1], y)
        )
    return "%02d.%04d" % (m, y) if prec == "month" else "%02d.%02d.%04d" % (d, m, y)
