"""Places: districts and villages, real names plus synthetic ones.

Real district and village names (with their Soviet Russian forms) are written
by hand; to reach the number of villages a large run needs, further villages
are composed from common Azerbaijani toponym parts and their Russian form is
made by a letter rule.
"""

from __future__ import annotations

import numpy as np

from . import translit as tr

# az | ru | ru adjective (for "...ский р-н")
DISTRICTS = """
Ağdam|Агдам|Агдамский
Füzuli|Физули|Физулинский
Cəbrayıl|Джебраил|Джебраильский
Laçın|Лачин|Лачинский
Kəlbəcər|Кельбаджар|Кельбаджарский
Qubadlı|Кубатлы|Кубатлинский
Zəngilan|Зангелан|Зангеланский
Şuşa|Шуша|Шушинский
Xocalı|Ходжалы|Ходжалинский
Xocavənd|Ходжавенд|Ходжавендский
Ağdərə|Агдере|Агдеринский
Tərtər|Тертер|Тертерский
Goranboy|Геранбой|Геранбойский
Qazax|Казах|Казахский
Tovuz|Товуз|Товузский
Gədəbəy|Кедабек|Кедабекский
Ağcabədi|Агджабеди|Агджабединский
Beyləqan|Бейлаган|Бейлаганский
""".strip().splitlines()

# az | ru | district index (into DISTRICTS)
REAL_VILLAGES = """
Xocalı|Ходжалы|8
Malıbəyli|Малыбейли|7
Quşçular|Кушчулар|7
Qaradağlı|Карадаглы|9
Meşəli|Мешали|8
Ağdaban|Агдабан|4
Başlıbel|Башлыбел|4
Kərkicahan|Керкиджахан|8
Cəmilli|Джамиллы|8
Xıdırlı|Хыдырлы|0
Quzanlı|Кузанлы|0
Kosalar|Косалар|8
Umudlu|Умудлу|10
Seyidli|Сеидли|0
Sofulu|Софулу|10
Baharlı|Бахарлы|0
Kəngərli|Кенгерли|0
Əhmədavar|Ахмедавар|0
Papravənd|Паправенд|0
Boyəhmədli|Боюк Ахмедли|0
Şıxlar|Шихлар|0
Mərzili|Мерзили|0
Qərvənd|Гарванд|0
Horadiz|Горадиз|1
Qaraxanbəyli|Караханбейли|1
Dövlətyarlı|Довлетьярлы|1
Soltanlı|Солтанлы|2
Böyük Mərcanlı|Беюк Марджанлы|2
Cocuq Mərcanlı|Джоджуг Марджанлы|2
Xanlıq|Ханлыг|5
Əliquluuşağı|Аликулиушагы|3
Qaragöl|Карагель|3
Zabux|Забух|3
Bartaz|Бартаз|6
Vejnəli|Вежнали|6
Ağdərə|Агдере|10
Talış|Талыш|10
Kələdərəsi|Келядарасы|12
Manaşid|Манашид|12
Qaraqışlaq|Каракышлак|5
Əskipara|Аскипара|13
Bağanis Ayrım|Баганис Айрум|13
Bayan|Баян|16
Çaylı|Чайлы|11
Qapanlı|Капанлы|11
Şıxarx|Шихарх|11
Gülyatağı|Гюльятагы|1
Alxanlı|Алханлы|1
Qarakollu|Караколлу|1
""".strip().splitlines()

# Armenian villages/towns: az | ru | hy | district
HY_PLACES = """
Xankəndi|Степанакерт|Ստեփանակերտ|8
Hadrut|Гадрут|Հադրութ|9
Ağdərə|Мардакерт|Մարտակերտ|10
Xocavənd|Мартуни|Մարտունի|9
Getaşen|Геташен|Գետաշեն|12
Martunaşen|Мартунашен|Մարտունաշեն|12
Buzluq|Бузлух|Բուզլուխ|12
Çaykənd|Чайкенд|Չայքենդ|12
""".strip().splitlines()

# personal-name and clan roots (Seyidli, Hüseynli, Əlikənd, Qacarlar)
_ROOTS = [
    "Seyid",
    "Mirzə",
    "Əli",
    "Hüseyn",
    "Həsən",
    "Qasım",
    "Novruz",
    "Bayram",
    "Qurban",
    "Qəmbər",
    "Heydər",
    "Cəfər",
    "Musa",
    "Əmir",
    "Xələf",
    "Məmməd",
    "Kəngər",
    "Qacar",
    "Şıx",
    "Ərəb",
    "Kürd",
    "Bəy",
    "Xan",
    "Qazan",
    "Səfi",
    "Abdal",
    "Hacı",
    "Molla",
    "Dəmirçi",
    "Bala",
    "Veysəl",
    "Mərcan",
    "Kosa",
    "Çələbi",
    "Şirin",
    "Zərgər",
    "Dərviş",
    "Sofu",
    "Nəbi",
    "Ələkbər",
    "Məlik",
    "Papa",
    "Baba",
    "Qaradağ",
    "Soltan",
    "Dəli",
    "Alı",
    "Qərib",
    "Mustafa",
    "Abbas",
    "Tatar",
    "Çobanı",
    "Əyri",
]
_SUFFIXES = ["li", "li", "li", "kənd", "lar", "uşağı", "bəyli", "abad"]
# descriptive names: adjective + landscape noun (Qarabulaq, Təzəkənd, Ağtəpə)
_ADJ = [
    "Qara",
    "Ağ",
    "Sarı",
    "Qızıl",
    "Göy",
    "Təzə",
    "Yeni",
    "Köhnə",
    "Daş",
    "Uzun",
    "Dərin",
    "Quru",
    "Yaşıl",
    "Qoşa",
    "Böyük",
]
_NOUN = [
    "bulaq",
    "dərə",
    "kənd",
    "təpə",
    "qaya",
    "yurd",
    "çay",
    "düz",
    "arx",
    "bağ",
    "göl",
    "qışlaq",
    "yataq",
]
_PREFIX = [
    ("Yuxarı", "Юхары"),
    ("Aşağı", "Ашагы"),
    ("Orta", "Орта"),
    ("Böyük", "Беюк"),
    ("Kiçik", "Кичик"),
]


def _harm(root: str, suf: str) -> str:
    if suf == "li":
        for ch in reversed(root.lower()):
            if ch in "əei":
                return "li"
            if ch in "aı":
                return "lı"
            if ch in "ou":
                return "lu"
            if ch in "öü":
                return "lü"
        return "li"
    if suf == "lar":
        for ch in reversed(root.lower()):
            if ch in "əeiöü":
                return "lər"
            if ch in "aıou":
                return "lar"
    return suf


class Places:
    """Place table. Each place has forms per convention and a district."""

    def __init__(self, n_villages: int, rng: np.random.Generator) -> None:
        self.az: list[str] = []
        self.ru: list[str] = []
        self.hy: list[str | None] = []
        self.district: list[int] = []
        self.armenian: list[bool] = []
        self.n_districts = len(DISTRICTS)
        self.d_az = [ln.split("|")[0] for ln in DISTRICTS]
        self.d_ru = [ln.split("|")[1] for ln in DISTRICTS]
        self.d_ru_adj = [ln.split("|")[2] for ln in DISTRICTS]
        seen = set()
        pairs: dict[str, int] = {}  # base name -> index of the first of a pair

        def add(az, ru, hy, d, arm=False):
            seen.add(az)
            seen.add((az, d))
            self.az.append(az)
            self.ru.append(ru)
            self.hy.append(hy)
            self.district.append(d)
            self.armenian.append(arm)
            return len(self.az) - 1

        # district centres first: they are also event places
        self.district_centre = []
        for i, ln in enumerate(DISTRICTS):
            az, ru, _ = ln.split("|")
            self.district_centre.append(add(az, ru, None, i))
        self.hy_places = []
        for ln in HY_PLACES:
            az, ru, hy, d = ln.split("|")
            self.hy_places.append(add(az + " ", ru, hy, int(d), True))
        self.first_village = len(self.az)
        for ln in REAL_VILLAGES:
            az, ru, d = ln.split("|")
            if az in seen:
                continue
            add(az, ru, None, int(d))
        # synthetic villages
        tries = 0
        while len(self.az) - self.first_village < n_villages and tries < 100000:
            tries += 1
            if rng.random() < 0.55:
                root = _ROOTS[rng.integers(len(_ROOTS))]
                suf = _SUFFIXES[rng.integers(len(_SUFFIXES))]
                if suf == "uşağı" and root[-1] in "aeəıiouöü":
                    suf = "li"
                base = root + _harm(root, suf)
            else:
                base = _ADJ[rng.integers(len(_ADJ))] + _NOUN[rng.integers(len(_NOUN))]
            d = int(rng.integers(self.n_districts))
            # the same village name recurs in other districts, as in reality
            if (base, d) in seen:
                continue
            seen.add((base, d))
            if rng.random() < 0.15:
                # a pair of neighbouring villages: Yuxarı X / Aşağı X
                (pa, pr), (qa, qr) = (
                    (_PREFIX[0], _PREFIX[1])
                    if rng.random() < 0.7
                    else (
                        _PREFIX[3],
                        _PREFIX[4],
                    )
                )
                i1 = add(f"{pa} {base}", f"{pr} {tr.az_to_ru(base)}", None, d)
                i2 = add(f"{qa} {base}", f"{qr} {tr.az_to_ru(base)}", None, d)
                pairs[base] = i1
                self.pair_of = getattr(self, "pair_of", {})
                self.pair_of[i1] = i2
                self.pair_of[i2] = i1
            else:
                add(base, tr.az_to_ru(base), None, d)
        # fix the trailing-space trick used to keep Armenian names distinct
        self.az = [a.strip() for a in self.az]
        self.pair_of = getattr(self, "pair_of", {})
        self.n = len(self.az)
        self.villages = np.arange(self.first_village, self.n)
        dist = np.array(self.district)
        self.by_district = [
            self.villages[dist[self.villages] == d] for d in range(self.n_districts)
        ]
        self.district_arr = dist
        self._forms: dict[int, dict] = {}

    def neighbour(self, p: int, rng_u: float) -> int:
        """A neighbouring village (same district; the pair partner if any)."""
        q = self.pair_of.get(p)
        if q is not None and rng_u < 0.6:
            return q
        pool = self.by_district[self.district[p]]
        if len(pool) <= 1:
            return p
        return int(pool[int(rng_u * 7919) % len(pool)])

    def forms(self, p: int) -> dict:
        f = self._forms.get(p)
        if f is None:
            az, ru, hy = self.az[p], self.ru[p], self.hy[p]
            f = {
                "az_latin": az,
                "ru_cyrillic": ru,
                "en_from_ru": tr.ru_to_en(ru, 0),
                "en_from_az": tr.az_to_en(az, 0),
                "hy_armenian": hy if hy else tr.ru_to_hy(ru),
            }
            self._forms[p] = f
        return f

    def district_forms(self, d: int) -> dict:
        c = self.forms(self.district_centre[d])
        return {
            "az_latin": f"{self.d_az[d]} rayonu",
            "ru_cyrillic": f"{self.d_ru_adj[d]} р-н",
            "en_from_ru": f"{c['en_from_ru']} district",
            "en_from_az": f"{c['en_from_az']} district",
            "hy_armenian": f"{c['hy_armenian']}ի շրջան",
        }
