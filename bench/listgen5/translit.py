"""Transliteration rules, written from general knowledge.

az2ru   Azerbaijani Latin -> Soviet Russian Cyrillic (with overrides/variants)
ru2en   Russian Cyrillic -> English passport style (several styles)
az2en   Azerbaijani Latin -> modern English
az2ascii Azerbaijani Latin with diacritics lost (keyboard fallback)
hy2ru   Armenian script -> Russian Cyrillic (with overrides/variants)
ru2az   Russian Cyrillic -> Azerbaijani Latin (for Armenian names in Azerbaijani lists)
ru2hy   Russian Cyrillic -> Armenian script (for Azerbaijani names in Armenian lists)
"""

AZ_VOWELS = "aəeıioöuü"
RU_VOWELS = "аеёиоуыэюя"


def az_lower(s):
    return s.replace("I", "ı").replace("İ", "i").lower()


def az_cap(s):
    if not s:
        return s
    c = s[0]
    if c == "i":
        c = "İ"
    elif c == "ı":
        c = "I"
    else:
        c = c.upper()
    return c + s[1:]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# Soviet Russian renderings of Azerbaijani given names / surname roots.
# The first is the usual one; the others are variants seen in documents.
AZ_RU = {
    "Məmməd": ["Мамед", "Магомед", "Мамад", "Мухаммед"],
    "Məhəmməd": ["Магомед", "Мамед", "Мухаммед"],
    "Alməmməd": ["Алмамед", "Алимамед"],
    "Həsən": ["Гасан", "Хасан"],
    "Hüseyn": ["Гусейн", "Гусеин", "Хусейн"],
    "Hacı": ["Гаджи", "Хаджи", "Гаджы"],
    "Qasım": ["Касум", "Гасым", "Касым", "Гасым"],
    "Mehdi": ["Мехти", "Мехди"],
    "Heydər": ["Гейдар", "Гайдар", "Хейдар"],
    "Əsgər": ["Аскер", "Аскар", "Асгар"],
    "Ələsgər": ["Алескер", "Аласгар"],
    "Əkbər": ["Акпер", "Акбер"],
    "Ələkbər": ["Алекпер", "Алакбар"],
    "Vəli": ["Вели", "Вали"],
    "Nağı": ["Наги", "Нагы"],
    "Tağı": ["Таги", "Тагы"],
    "Sadıq": ["Садых", "Садык", "Садиг"],
    "Yaqub": ["Якуб", "Ягуб"],
    "Yusif": ["Юсиф", "Юсуф"],
    "Xəlil": ["Халил", "Халиль"],
    "Qurban": ["Гурбан", "Курбан"],
    "Qulu": ["Гулу", "Кулу"],
    "Quli": ["Гули", "Кули"],
    "Rəhim": ["Рагим", "Рахим"],
    "İbrahim": ["Ибрагим", "Ибрахим"],
    "Əli": ["Али", "Алы"],
    "Qəmbər": ["Гамбар", "Кямбар", "Гамбер"],
    "Qədir": ["Кадыр", "Гадир"],
    "Qafar": ["Гафар", "Кафар"],
    "Cəfər": ["Джафар", "Джафер"],
    "Mikayıl": ["Микаил", "Микаель"],
    "Xədicə": ["Хадиджа", "Хадижа"],
    "Zəhra": ["Захра", "Зохра"],
    "Gülnarə": ["Гюльнара", "Гульнара"],
    "Könül": ["Кёнуль", "Конуль", "Кенуль"],
    "Zeynəb": ["Зейнаб", "Зейнеб"],
    "Məhərrəm": ["Магеррам", "Магерам", "Махаррам"],
    "Kərim": ["Керим", "Карим"],
    "Əhməd": ["Ахмед", "Ахмад"],
    "Səməd": ["Самед", "Самад"],
    "Fikrət": ["Фикрет", "Фикрят"],
    "Elşən": ["Эльшан", "Эльшен"],
    "Rövşən": ["Ровшан", "Равшан"],
    "Vüqar": ["Вугар", "Вюгар"],
    "Oruc": ["Орудж", "Оруч"],
    "Şükür": ["Шукюр", "Шукур"],
    "Sevinc": ["Севиндж", "Севинж"],
    "Günel": ["Гюнель", "Гюнел"],
    "İsmayıl": ["Исмаил", "Исмайыл"],
    "Süleyman": ["Сулейман"],
    "Mustafa": ["Мустафа"],
    "Qəhrəman": ["Гахраман", "Кахраман"],
    "Rüstəm": ["Рустам", "Рустем"],
    "Tofiq": ["Тофик", "Тофиг"],
    "Rafiq": ["Рафик", "Рафиг"],
    "Vaqif": ["Вагиф", "Вакиф"],
    "Zöhrab": ["Зохраб", "Зураб"],
    "Nəcəf": ["Наджаф", "Неджеф"],
    "Rza": ["Рза", "Риза"],
    "Bağır": ["Багир", "Багыр"],
    "Həşim": ["Гашим", "Хашим"],
    "Fərəc": ["Фарадж", "Фараж"],
    "Rəsul": ["Расул"],
    "Sübhan": ["Субхан"],
    "Nəriman": ["Нариман"],
    "Əziz": ["Азиз"],
    "Mirzə": ["Мирза"],
    "Fatimə": ["Фатима", "Фатма"],
    "Məryəm": ["Марьям", "Мариам"],
    "Səkinə": ["Сакина", "Сакинат"],
    "Ülviyyə": ["Ульвия", "Ульвийя"],
    "Gülşən": ["Гюльшан", "Гюльшен"],
    "Aygün": ["Айгюн", "Айгун"],
    "Tükəzban": ["Тукязбан", "Тукезбан"],
}

# spelling variants seen in Azerbaijani Latin documents themselves
AZ_LATIN_VARIANTS = {
    "Hüseyn": ["Hüseyin"],
    "İsmayıl": ["İsmail"],
    "Mikayıl": ["Mikail"],
    "Cəbrayıl": ["Cəbrail"],
    "Rəşad": ["Rəşat"],
    "Fuad": ["Fuat"],
    "Murad": ["Murat"],
    "Cavid": ["Cavit"],
    "Zöhrab": ["Söhrab"],
    "Yusif": ["Yusuf"],
    "Yaqub": ["Yaqup"],
    "Məhəmməd": ["Məmməd"],
    "Əhməd": ["Əhmət"],
    "Səməd": ["Səmət"],
    "Mübariz": ["Mubariz"],
    "Ülviyyə": ["Ülviya"],
    "Səbinə": ["Sabina"],
    "Zəhra": ["Zəhrə"],
    "Fatimə": ["Fatma"],
    "Məryəm": ["Məryam"],
    "Xədicə": ["Xədicə"],
    "Gülnarə": ["Gülnara"],
    "Nərgiz": ["Nargiz"],
    "Elşən": ["Elşan"],
}


def _az2ru_rule(w):
    s = az_lower(w)
    out = []
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        p = s[i - 1] if i > 0 else ""
        nx = s[i + 1] if i + 1 < n else ""
        if c == "y":
            if nx == "y":
                i += 1
                continue
            if nx in ("a", "ə"):
                out.append("я")
                i += 2
                continue
            if nx in ("u", "ü"):
                out.append("ю")
                i += 2
                continue
            if nx in ("o", "ö"):
                out.append("ё")
                i += 2
                continue
            if nx == "e":
                out.append("е")
                i += 2
                continue
            if nx in ("ı", "i") and p and p in AZ_VOWELS:
                out.append("и")
                i += 2
                continue
            out.append("й")
            i += 1
            continue
        if c == "ə":
            if p == "k":
                r = "е"
            elif p == "g":
                r = "я"
            elif i == n - 2 and nx == "d":
                r = "е"
            else:
                r = "а"
        elif c == "e":
            r = "э" if i == 0 else "е"
        elif c == "ı":
            r = "ы"
        elif c == "i":
            r = "и"
        elif c == "o":
            r = "о"
        elif c == "ö":
            r = "ё" if p in ("g", "k", "l") and p else "о"
        elif c == "u":
            r = "у"
        elif c == "ü":
            r = "ю" if p in ("g", "k", "l", "n") and p and i > 1 else "у"
        elif c == "h":
            if i == 0:
                r = "г"
            elif p in AZ_VOWELS and nx and nx in AZ_VOWELS:
                r = "г"
            else:
                r = "х"
        elif c == "l":
            if nx and nx not in AZ_VOWELS:
                r = "ль"
            elif not nx and p in ("i", "ü"):
                r = "ль"
            else:
                r = "л"
        elif c == "q":
            r = "к" if not nx else "г"
        else:
            r = _AZ_SIMPLE.get(c, c)
        out.append(r)
        i += 1
    return cap("".join(out))


_AZ_SIMPLE = {
    "a": "а",
    "b": "б",
    "c": "дж",
    "ç": "ч",
    "d": "д",
    "f": "ф",
    "g": "г",
    "ğ": "г",
    "x": "х",
    "j": "ж",
    "k": "к",
    "m": "м",
    "n": "н",
    "p": "п",
    "r": "р",
    "s": "с",
    "ş": "ш",
    "t": "т",
    "v": "в",
    "z": "з",
    "-": "-",
}


def az2ru_variants(w):
    """All Russian renderings of an Azerbaijani word; first is primary."""
    if w in AZ_RU:
        return AZ_RU[w]
    return [_az2ru_rule(w)]


def az2ru(w):
    return az2ru_variants(w)[0]


# ---------------------------------------------------------------- ru -> en
_RU_EN_BASE = {
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

# style: "bgn" (kh, ye- initially, yu, ya), "icao" (kh, e, iu, ia, i for й),
#        "loose" (h for х, j for дж, e, yu, ya)
RU_EN_STYLES = ("bgn", "icao", "loose")


def ru2en(s, style="bgn"):
    out = []
    low = s.lower()
    n = len(low)
    i = 0
    while i < n:
        c = low[i]
        up = s[i] != c
        p = low[i - 1] if i > 0 else ""
        if c == "д" and i + 1 < n and low[i + 1] == "ж":
            r = "j" if style == "loose" else "dzh"
            i += 2
        else:
            i += 1
            if c == "е" and (not p or p in RU_VOWELS or p in "ъь -") and style == "bgn":
                r = "ye"
            elif c == "ё":
                r = "yo" if style != "icao" else "e"
            elif c == "х" and style == "loose":
                r = "h"
            elif c == "й":
                r = "i" if style == "icao" else "y"
            elif c == "ю" and style == "icao":
                r = "iu"
            elif c == "я" and style == "icao":
                r = "ia"
            elif c == "ь" and style == "bgn" and False:
                r = "'"
            else:
                r = _RU_EN_BASE.get(c, c)
        if up and r:
            r = r[0].upper() + r[1:]
        out.append(r)
    return "".join(out)


# ---------------------------------------------------------------- az -> en
_AZ_EN = {
    "ə": "a",
    "ı": "i",
    "ö": "o",
    "ü": "u",
    "ğ": "gh",
    "q": "g",
    "ç": "ch",
    "ş": "sh",
    "c": "j",
    "x": "kh",
    "j": "zh",
}


def az2en(s):
    out = []
    for ch in s:
        low = az_lower(ch)
        r = _AZ_EN.get(low)
        if r is None:
            out.append("I" if ch == "İ" else ch)
        else:
            out.append(r.capitalize() if low != ch else r)
    return "".join(out)


_AZ_ASCII = {
    "ə": "e",
    "ı": "i",
    "ö": "o",
    "ü": "u",
    "ğ": "g",
    "ç": "c",
    "ş": "s",
    "Ə": "E",
    "I": "I",
    "İ": "I",
    "Ö": "O",
    "Ü": "U",
    "Ğ": "G",
    "Ç": "C",
    "Ş": "S",
}


def az2ascii(s):
    return "".join(_AZ_ASCII.get(ch, ch) for ch in s)


# ---------------------------------------------------------------- hy -> ru
HY_RU = {
    "Հովհաննես": ["Ованес", "Оганес", "Ованнес", "Оганнес"],
    "Հակոբ": ["Акоп", "Акоб", "Гакоб"],
    "Հարություն": ["Арутюн", "Арутюн"],
    "Գևորգ": ["Геворг", "Геворк"],
    "Համլետ": ["Гамлет", "Амлет"],
    "Սահակ": ["Саак", "Сааг"],
    "Աբրահամ": ["Абрам", "Абраам"],
    "Զարուհի": ["Заруи", "Зарухи"],
    "Վարդուհի": ["Вардуи", "Вардухи"],
    "Թագուհի": ["Тагуи", "Тагухи"],
    "Երանուհի": ["Ерануи", "Ерануи"],
    "Արմենուհի": ["Арменуи", "Арменухи"],
    "Տիրուհի": ["Тируи", "Тирухи"],
    "Հռիփսիմե": ["Рипсиме", "Грипсиме"],
    "Համբարձում": ["Амбарцум", "Амбарцум"],
    "Հմայակ": ["Амаяк", "Гмаяк"],
    "Ղազար": ["Казар", "Газар"],
    "Միքայել": ["Микаел", "Михаил"],
    "Հովսեփ": ["Овсеп", "Овсеп"],
    "Հայկ": ["Айк", "Гайк"],
    "Հրաչյա": ["Грачья", "Грачя"],
    "Դավիթ": ["Давид", "Давит"],
    "Սարգիս": ["Саркис", "Саргис"],
    "Գրիգոր": ["Григор", "Григорий"],
    "Ռաֆայել": ["Рафаэль", "Рафаел"],
    "Հայրապետ": ["Айрапет", "Гайрапет"],
    "Մհեր": ["Мгер", "Мхер"],
    "Վահե": ["Ваге", "Вахе"],
    "Վահան": ["Ваган", "Вахан"],
    "Վահագն": ["Ваагн", "Вахагн"],
    "Հովիկ": ["Овик", "Говик"],
    "Հրանտ": ["Грант", "Рант"],
    "Էդուարդ": ["Эдуард"],
    "Սերգեյ": ["Сергей"],
    "Վալերի": ["Валерий", "Валери"],
    "Յուրի": ["Юрий", "Юри"],
    "Արկադի": ["Аркадий", "Аркади"],
    "Գենադի": ["Геннадий", "Генади"],
    "Անատոլի": ["Анатолий", "Анатоли"],
    "Ղուկաս": ["Гукас", "Кукас"],
    "Եղիազար": ["Егиазар", "Егиазар"],
    "Եղիշե": ["Егише", "Ехише"],
    "Հեղինե": ["Егине", "Гегине"],
    "Շողիկ": ["Шогик", "Шохик"],
    "Մուշեղ": ["Мушег", "Мушех"],
    "Աստղիկ": ["Астгик", "Астхик"],
    "Աղասի": ["Агаси", "Ахаси"],
    "Ալբերտ": ["Альберт", "Алберт"],
    "Էմիլ": ["Эмиль", "Эмил"],
    "Ժենյա": ["Женя", "Жения"],
    "Գալյա": ["Галя", "Галина"],
    "Սոֆյա": ["Софья", "Софя"],
    "Օլյա": ["Оля", "Ольга"],
    "Կոլյա": ["Коля", "Николай"],
    "Սաշա": ["Саша", "Александр"],
    "Վոլոդյա": ["Володя", "Владимир"],
    "Ժորա": ["Жора", "Георгий"],
    "Արտյոմ": ["Артём", "Артем"],
    "Լյովա": ["Лёва", "Лева"],
    "Դանիլ": ["Даниил", "Данил"],
    "Բելլա": ["Белла"],
    "Իզաբելլա": ["Изабелла"],
    "Նաթելլա": ["Нателла"],
    "Լյուդմիլա": ["Людмила"],
    "Իրինա": ["Ирина"],
    "Լարիսա": ["Лариса"],
    "Մարգարիտ": ["Маргарит", "Маргарита"],
    "Օֆելյա": ["Офелия", "Офеля"],
    "Լիզա": ["Лиза", "Елизавета"],
    "Վիկա": ["Вика", "Виктория"],
    "Կատյա": ["Катя", "Екатерина"],
}

# Russian renderings of Armenian surname roots (before -ян)
HY_RU_SURNAME_ROOT = {
    "Հակոբ": ["Акоп", "Акоб"],
    "Սարգս": ["Саркис", "Саргс", "Саркс"],
    "Հովհաննիս": ["Оганес", "Ованес", "Ованнис", "Оганис", "Оганнис"],
    "Ղազար": ["Казар", "Газар"],
    "Գևորգ": ["Геворк", "Геворг"],
    "Ներսիս": ["Нерсес", "Нерсис"],
    "Մովսիս": ["Мовсес", "Мовсис"],
    "Հովսեփ": ["Овсеп", "Овсеп"],
    "Օհան": ["Оган", "Оган"],
    "Մաթևոս": ["Матевос", "Матевос"],
    "Թադևոս": ["Тадевос", "Татевос"],
    "Ղուկաս": ["Гукас", "Кукас"],
    "Համբարձում": ["Амбарцум", "Амбарцум"],
    "Հարություն": ["Арутюн", "Арутюн"],
    "Սահակ": ["Саак", "Саак"],
    "Աբրահամ": ["Абраам", "Абрам"],
    "Հայրապետ": ["Айрапет", "Гайрапет"],
    "Ղահրաման": ["Каграман", "Гахраман"],
    "Դավթ": ["Давт", "Давыд"],
    "Խաչատր": ["Хачатр", "Хачатур"],
    "Ավետիս": ["Аветис", "Аветис"],
    "Մկրտչ": ["Мкртч", "Мкртыч"],
    "Պողոս": ["Погос", "Погос"],
    "Ղարիբ": ["Гариб", "Кариб"],
    "Մեժլում": ["Межлум", "Межлум"],
    "Աղաջան": ["Агаджан", "Агаджан"],
    "Մելքոն": ["Мелкон", "Мелкон"],
    "Քոչար": ["Кочар", "Кочар"],
    "Սաղաթել": ["Сагател", "Сахател"],
    "Ջհանգիր": ["Джангир", "Джагангир"],
    "Շահում": ["Шаум", "Шагум"],
    "Ենգիբար": ["Енгибар", "Енгибар"],
}


def _hy2ru_rule(w):
    s = w.lower()
    n = len(s)
    out = []
    i = 0
    while i < n:
        c = s[i]
        nx = s[i + 1] if i + 1 < n else ""
        nx2 = s[i + 2] if i + 2 < n else ""
        p = s[i - 1] if i > 0 else ""
        if c == "յ":
            if nx == "ո" and nx2 == "ւ":
                out.append("ю")
                i += 3
                continue
            if nx == "ա":
                out.append("я")
                i += 2
                continue
            if nx == "ե":
                out.append("е")
                i += 2
                continue
            if nx == "ո":
                out.append("ё")
                i += 2
                continue
            out.append("й")
            i += 1
            continue
        if c == "ո" and nx == "ւ":
            if nx2 == "հ" and i + 3 < n and s[i + 3] == "ի":
                out.append("уи")
                i += 4
                continue
            out.append("у")
            i += 2
            continue
        if c == "ո":
            out.append("во" if i == 0 else "о")
            i += 1
            continue
        if c == "հ":
            if i == 0:
                out.append("" if nx in _HY_VOWELS else "г")
            else:
                out.append("г")
            i += 1
            continue
        if c == "ը":
            i += 1
            continue
        out.append(_HY_SIMPLE.get(c, c))
        i += 1
    return cap("".join(out))


_HY_VOWELS = "աեէըիոօու"
_HY_SIMPLE = {
    "ա": "а",
    "բ": "б",
    "գ": "г",
    "դ": "д",
    "ե": "е",
    "զ": "з",
    "է": "э",
    "թ": "т",
    "ժ": "ж",
    "ի": "и",
    "լ": "л",
    "խ": "х",
    "ծ": "ц",
    "կ": "к",
    "ձ": "дз",
    "ղ": "г",
    "ճ": "ч",
    "մ": "м",
    "ն": "н",
    "շ": "ш",
    "չ": "ч",
    "պ": "п",
    "ջ": "дж",
    "ռ": "р",
    "ս": "с",
    "վ": "в",
    "տ": "т",
    "ր": "р",
    "ց": "ц",
    "ւ": "в",
    "փ": "п",
    "ք": "к",
    "օ": "о",
    "ֆ": "ф",
    "և": "ев",
    "-": "-",
}


def hy2ru_variants(w):
    if w in HY_RU:
        return HY_RU[w]
    return [_hy2ru_rule(w)]


def hy_surname_split(w):
    """Split an Armenian surname into (root, suffix) where suffix is
    'յան', 'յանց', 'ով' or ''.  Handles the 'Տեր-' prefix by keeping it in the root."""
    for suf in ("յանց", "յան", "ով"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)], suf
    return w, ""


def hy_root_ru_variants(root):
    pre = ""
    if root.startswith("Տեր-"):
        pre = "Тер-"
        root = root[4:]
    if root in HY_RU_SURNAME_ROOT:
        vs = HY_RU_SURNAME_ROOT[root]
    elif root in HY_RU:
        vs = HY_RU[root]
    else:
        vs = [_hy2ru_rule(root)]
    return [pre + v for v in vs]


# ---------------------------------------------------------------- ru -> az
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
    "щ": "ş",
    "ъ": "",
    "ы": "ı",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def ru2az(s):
    out = []
    low = s.lower()
    n = len(low)
    i = 0
    while i < n:
        c = low[i]
        up = s[i] != c
        if c == "д" and i + 1 < n and low[i + 1] == "ж":
            r = "c"
            i += 2
        else:
            r = _RU_AZ.get(c, c)
            i += 1
            if c == "е" and i == 1:
                r = "ye"
        if up and r:
            r = az_cap(r[0]) + r[1:] if r[0] in "iı" else r[0].upper() + r[1:]
        out.append(r)
    return "".join(out)


# ---------------------------------------------------------------- ru -> hy
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
    "щ": "շ",
    "ъ": "",
    "ы": "ը",
    "ь": "",
    "э": "է",
    "ю": "յու",
    "я": "յա",
}


def ru2hy(s):
    out = []
    low = s.lower()
    n = len(low)
    i = 0
    while i < n:
        c = low[i]
        if c == "д" and i + 1 < n and low[i + 1] == "ж":
            r = "ջ"
            i += 2
        else:
            r = _RU_HY.get(c, c)
            if c == "о" and i == 0:
                r = "օ"
            elif c == "е" and i == 0:
                r = "է"
            elif c == "р" and i == 0:
                r = "ռ"
            i += 1
        out.append(r)
    res = "".join(out)
    return res[:1].upper() + res[1:]


# ------------------------------------------------------------- patronymics
def ru_patronymic(father_ru, male):
    f = father_ru
    if not f:
        return ""
    last = f[-1]
    if last == "й":
        base = f[:-1] + "ев"
    elif last == "ь":
        base = f[:-1] + "ев"
    elif last in "аяиуеоыюэ":
        base = (f[:-1] if last == "я" else f) + "ев"
    else:
        base = f + "ов"
    return base + ("ич" if male else "на")


def hy_genitive(father_hy):
    f = father_hy
    if not f:
        return ""
    if f[-1] in "աեէիոօ":
        return f + "յի"
    return f + "ի"
