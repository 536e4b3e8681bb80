"""Places and events of the conflict (general knowledge, hand-made).

Place line:  AZ : RUSSIAN[,ALT] : ARMENIAN (empty = transliterate) : DISTRICT
Places of one district are "neighbours": a list may give the next village or
the district instead of the exact place, as real lists do.
"""

from .translit import ru_to_hy

PLACES = """
Xocalı:Ходжалы:Խոջալու:Xocalı
Kərkicahan:Кяркиджахан,Кркжан:Կրկժան:Xocalı
Meşəli:Мешали:Մեշալի:Xocalı
Qaradağlı:Карадаглы,Гарадаглы::Xocavənd
Malıbəyli:Малыбейли::Şuşa
Quşçular:Гушчулар,Кушчулар::Şuşa
Şuşa:Шуша:Շուշի:Şuşa
Daşaltı:Дашалты:Քարին Տակ:Şuşa
Ağdam:Агдам:Ակնա:Ağdam
Quzanlı:Кузанлы::Ağdam
Əhmədağalı:Ахмедагалы::Ağdam
Papravənd:Паправаанд,Паправанд::Ağdam
Xıdırlı:Хыдырлы::Ağdam
Əsgəran:Аскеран:Ասկերան:Xocalı
Laçın:Лачин:Բերձոր:Laçın
Zabux:Забух:Աղավնո:Laçın
Kəlbəcər:Кельбаджар,Кельбаджары:Քարվաճառ:Kəlbəcər
Ağdaban:Агдабан::Kəlbəcər
Başlıbel:Башлыбел::Kəlbəcər
Füzuli:Физули:Վարանդա:Füzuli
Horadiz:Горадиз::Füzuli
Qaraxanbəyli:Караханбейли::Füzuli
Cəbrayıl:Джебраил,Джабраил:Ջաբրայիլ:Cəbrayıl
Şükürbəyli:Шукюрбейли::Cəbrayıl
Qubadlı:Губадлы,Кубатлы:Կովսական:Qubadlı
Zəngilan:Зангелан:Կովսական:Zəngilan
Xocavənd:Ходжавенд,Мартуни:Մարտունի:Xocavənd
Hadrut:Гадрут:Հադրութ:Xocavənd
Tuğ:Туг:Տող:Xocavənd
Ağdərə:Агдере,Мардакерт:Մարտակերտ:Ağdərə
Marağa:Марага:Մարաղա:Ağdərə
Talış:Талыш:Թալիշ:Ağdərə
Xankəndi:Ханкенди,Степанакерт:Ստեփանակերտ:Xankəndi
Kosalar:Косалар::Xocalı
Tərtər:Тертер:Թարթառ:Tərtər
Şıxarx:Шихарх::Tərtər
Goranboy:Геранбой,Касум-Исмаилов::Goranboy
Çaykənd:Чайкенд,Геташен:Գետաշեն:Goranboy
Martunaşen:Мартунашен:Մարտունաշեն:Goranboy
Bərdə:Барда:Պարտավ:Bərdə
Ağcabədi:Агджабеди::Ağcabədi
Bakı:Баку:Բաքու:Bakı
Sumqayıt:Сумгаит:Սումգայիթ:Sumqayıt
Gəncə:Гянджа,Кировабад:Գանձակ:Gəncə
Beyləqan:Бейлаган,Жданов::Beyləqan
Qazax:Газах,Казах:Ղազախ:Qazax
Bağanıs Ayrım:Баганис-Айрум::Qazax
"""

# districts as written in lists instead of the village
DISTRICT_FORMS = {
    "az": "{} rayonu",
    "ru": "{} р-н",
    "hy": "{}ի շրջան",
}


def _parse():
    out = []
    for line in PLACES.strip().splitlines():
        az, ru, hy, dist = line.split(":")
        rus = ru.split(",")
        if not hy:
            hy = ru_to_hy(rus[0])
        out.append({"az": az, "ru": rus, "hy": hy, "district": dist})
    return out


PLACE_T = _parse()
PLACE_INDEX = {p["az"]: i for i, p in enumerate(PLACE_T)}
# neighbours: same district (index order, deterministic)
NEIGHBOURS = []
for i, p in enumerate(PLACE_T):
    NEIGHBOURS.append(
        [j for j, q in enumerate(PLACE_T) if q["district"] == p["district"] and j != i]
    )
DISTRICT_OF = [PLACE_INDEX.get(p["district"], i) for i, p in enumerate(PLACE_T)]

# Origin villages of Azerbaijani households (front-line districts mostly)
AZ_HOME = [
    p
    for p in PLACE_T
    if p["district"] not in ("Bakı", "Sumqayıt", "Gəncə")
    and p["az"] not in ("Marağa", "Martunaşen", "Hadrut", "Talış", "Tuğ")
]
HY_HOME = [
    "Xankəndi",
    "Marağa",
    "Çaykənd",
    "Martunaşen",
    "Hadrut",
    "Talış",
    "Tuğ",
    "Sumqayıt",
    "Bakı",
    "Gəncə",
    "Xocavənd",
    "Ağdərə",
    "Əsgəran",
]

# Events: name, (y, m, d), place, kind, ethnicity of victims, weight.
# kind drives the distribution of fates (see population.FATE_BY_KIND).
EVENTS = [
    ("Khojaly", (1992, 2, 26), "Xocalı", "massacre", "az", 9.0),
    ("Khojaly-forest", (1992, 2, 27), "Kərkicahan", "massacre", "az", 1.5),
    ("Malibeyli", (1992, 2, 11), "Malıbəyli", "massacre", "az", 1.2),
    ("Garadaghli", (1992, 2, 17), "Qaradağlı", "massacre", "az", 1.2),
    ("Aghdaban", (1992, 4, 8), "Ağdaban", "massacre", "az", 0.8),
    ("Shusha", (1992, 5, 8), "Şuşa", "occupation", "az", 3.0),
    ("Lachin", (1992, 5, 18), "Laçın", "occupation", "az", 2.0),
    ("Kalbajar", (1993, 4, 2), "Kəlbəcər", "occupation", "az", 3.0),
    ("Aghdam", (1993, 7, 23), "Ağdam", "occupation", "az", 3.5),
    ("Fuzuli", (1993, 8, 23), "Füzuli", "occupation", "az", 2.5),
    ("Jabrayil", (1993, 8, 23), "Cəbrayıl", "occupation", "az", 2.0),
    ("Gubadli", (1993, 8, 31), "Qubadlı", "occupation", "az", 1.5),
    ("Zangilan", (1993, 10, 29), "Zəngilan", "occupation", "az", 1.5),
    ("Baku-Jan-1990", (1990, 1, 20), "Bakı", "massacre", "az", 1.0),
    ("Tartar-shelling", (1993, 6, 12), "Tərtər", "shelling", "az", 1.0),
    ("Sumgait", (1988, 2, 28), "Sumqayıt", "massacre", "hy", 1.0),
    ("Baku-pogrom", (1990, 1, 14), "Bakı", "massacre", "hy", 1.0),
    ("Getashen", (1991, 5, 1), "Çaykənd", "massacre", "hy", 0.8),
    ("Maragha", (1992, 4, 10), "Marağa", "massacre", "hy", 1.0),
    ("Stepanakert-shelling", (1992, 3, 15), "Xankəndi", "shelling", "hy", 1.2),
]
