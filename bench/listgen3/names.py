"""Name tables, written by hand from general knowledge.

Each Azerbaijani entry is ``"az_latin|russian[,russian variant...]"``, in rough
descending order of frequency for people born 1920-1990. The Russian forms are
the Soviet-era renderings as they appear in passports and registers, which no
letter rule produces (Qasım ~ Касум, Hacı ~ Гаджи, Əkbər ~ Акпер). English and
Armenian forms are derived from these two by the rules in ``translit.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import translit as tr

CONVENTIONS = ("az_latin", "ru_cyrillic", "en_from_ru", "en_from_az", "hy_armenian")

AZ_MALE = """
Əli|Али
Məmməd|Мамед
Hüseyn|Гусейн
Həsən|Гасан,Хасан
Qasım|Касум,Гасым,Касым
İbrahim|Ибрагим
Rəşid|Рашид
Elçin|Эльчин
Vüqar|Вугар
Rövşən|Ровшан
Fikrət|Фикрет
Ramiz|Рамиз
Tofiq|Тофик,Тофиг
Vaqif|Вагиф
Elxan|Эльхан
İlham|Ильхам
Namiq|Намик,Намиг
Zaur|Заур
Hacı|Гаджи,Хаджи
Cavad|Джавад
Xəlil|Халил
Yusif|Юсиф
İsmayıl|Исмаил,Исмаиль
Süleyman|Сулейман
Əkbər|Акпер,Акбер
Əsgər|Аскер
Rəhim|Рагим,Рахим
Kərim|Керим,Карим
Musa|Муса
İsa|Иса
Əhməd|Ахмед,Ахмад
Mahmud|Махмуд
Sabir|Сабир
Tahir|Тахир
Zakir|Закир
Nazim|Назим
Vahid|Вахид
Natiq|Натик,Натиг
Arif|Ариф
Asif|Асиф
Akif|Акиф
Rafiq|Рафик,Рафиг
Elşən|Эльшан
Eldar|Эльдар
Elman|Эльман
Mehman|Мехман
Cəmil|Джамиль,Джамил
Rüstəm|Рустам
Qurban|Курбан,Гурбан
Bayram|Байрам
Novruz|Новруз
Allahverdi|Аллахверди
Qəhrəman|Гахраман,Кахраман
Mehdi|Мехти,Мехди
Əbülfəz|Абульфаз
Nəriman|Нариман
Soltan|Солтан,Султан
Xanlar|Ханлар
Zülfüqar|Зульфугар,Зульфукар
Tariyel|Тариэль,Тариел
Hikmət|Хикмет,Гикмет
İlqar|Ильгар
Azər|Азер
Şahin|Шахин
Famil|Фамиль,Фамил
Rauf|Рауф
Ramil|Рамиль
Elnur|Эльнур
Nadir|Надир
Kamal|Кямал,Камал
Mübariz|Мубариз
Əliağa|Алиага
Ağa|Ага
Mirzə|Мирза
Səlim|Салим,Селим
Bəhram|Бахрам
Şakir|Шакир
Telman|Тельман
Nəsib|Насиб
Sahib|Сахиб
Anar|Анар
Çingiz|Чингиз
Şamil|Шамиль
Sərdar|Сардар
Yaqub|Ягуб,Якуб
Qafar|Гафар
Qəzənfər|Газанфар
Sadıq|Садых,Садык
Səfər|Сафар,Сафер
Nurəddin|Нуреддин,Нуретдин
Fərhad|Фархад
Ələsgər|Алескер,Аласкар
Şükür|Шукюр,Шукур
Məhərrəm|Магеррам,Махаррам
Məhəmməd|Магомед,Мамед
Valeh|Валех
Məzahir|Мазахир
Aydın|Айдын
Pənah|Панах
Cəlil|Джалил
Həmid|Гамид,Хамид
Rza|Рза
Kamran|Камран
Vidadi|Видади
İlyas|Ильяс
Əhəd|Ахад
Sabit|Сабит
Emin|Эмин
Oruc|Орудж
Cəfər|Джафар,Джафер
Abbas|Аббас
Nəsir|Насир
Vəli|Вели
Zeynal|Зейнал
Bağır|Багир
Paşa|Паша
Cabbar|Джаббар
Qulu|Гулу,Кулу
Heydər|Гейдар,Гайдар
Aslan|Аслан
Eyvaz|Эйваз
Nəbi|Наби
Rəsul|Расул
Tağı|Таги
Nağı|Наги
Hümbət|Гумбат
Qəmbər|Гамбар,Камбар
Salman|Салман
Kazım|Кязим,Казим
İsgəndər|Искендер
Şahbaz|Шахбаз
Talıb|Талыб
Əsəd|Асад
Şirin|Ширин
Əmir|Амир
Mustafa|Мустафа
Abdulla|Абдулла
Baba|Баба
Qara|Кара,Гара
Hümmət|Гуммет
Alış|Алыш
Dünyamalı|Дуньямалы
Fəxrəddin|Фахраддин,Фахреддин
Gündüz|Гюндуз
Xaləddin|Халаддин
Mirzəli|Мирзали
Məmməd+əli|Мамед+али
Əli+heydər|Али+гейдар
Qulam+əli|Гулам+али
Məmməd+hüseyn|Мамед+гусейн
Hacı+bala|Гаджи+бала
Əli+abbas|Али+аббас
Məmməd+rza|Мамед+рза
Hüseyn+qulu|Гусейн+кули
Polad|Полад
Ruslan|Руслан
Samir|Самир
Seymur|Сеймур
Vasif|Васиф
Yaşar|Яшар
Zahid|Захид
Ziyad|Зияд
Oqtay|Октай
Ağası|Агасы
Həbib|Габиб
Mövsüm|Мовсум
Xudaverdi|Худаверди
Bəylər|Бейлер
Tapdıq|Тапдыг,Тапдык
""".strip().splitlines()

AZ_FEMALE = """
Gülnarə|Гюльнара,Гульнара
Səbinə|Сабина
Aygün|Айгюн
Sevinc|Севиндж
Leyla|Лейла
Nərgiz|Наргиз
Zəhra|Захра
Aynur|Айнур
Fatma|Фатма
Xədicə|Хадиджа
Şəhla|Шахла
Zərifə|Зарифа
Səkinə|Сакина
Ruqiyyə|Рукия,Рухия
Rəna|Рена
Mehriban|Мехрибан
Tamilla|Тамилла
Elmira|Эльмира
Afaq|Афаг,Афак
Solmaz|Солмаз
Gülarə|Гюляра
Xanım|Ханым
Nazilə|Назиля
Sevil|Севиль
Könül|Кёнуль,Кенуль
Tünzalə|Тюнзаля
Günel|Гюнель
Aytən|Айтен
Ülviyyə|Ульвия
Yeganə|Ягана,Егяна
Məlahət|Малахат
Zülfiyyə|Зульфия
Saadət|Саадат
Şövkət|Шовкет
Tahirə|Тахира
Firuzə|Фируза
Zibeydə|Зибейда
Qönçə|Гёнча,Гонча
Dilarə|Диляра
Nigar|Нигяр,Нигар
Ofelya|Офелия
Xuraman|Хураман
Pəri|Пери
Bəsti|Бясти
Gülbahar|Гюльбахар
Ceyran|Джейран
Məryəm|Марьям
Əminə|Амина
Züleyxa|Зулейха
Roza|Роза
Sona|Сона
Minəvvər|Минаввар
Sürəyya|Сурая
Nəcibə|Наджиба
Məleykə|Малейка
Hökümə|Гекюма
Tükəzban|Тукязбан
Səltənət|Салтанат
Gövhər|Гевхар
Ziba|Зиба
Sara|Сара
Telli|Телли
Bənövşə|Бановша
Gülsüm|Гюльсум
Həcər|Гаджар,Хаджар
Kübra|Кубра
Mələk|Малак,Мелек
Nübar|Нубар
Rəfiqə|Рафига,Рафика
Səadət|Саадат
Şəfiqə|Шафига
Turan|Туран
Validə|Валида
Zemfira|Земфира
Lalə|Лала
""".strip().splitlines()

# Extra surname roots that are not (frequent) given names, plus weights for the
# heavy head of the surname distribution (share in percent, rough).
SURNAME_HEAD = [
    ("Məmməd", 7.0), ("Əli", 5.5), ("Hüseyn", 4.5), ("Həsən", 3.5),
    ("Quli", 2.5), ("İsmayıl", 2.5), ("Abbas", 2.0), ("Cəfər", 2.0),
    ("Rza", 1.6), ("Baba", 1.6), ("Əhməd", 1.5), ("Kərim", 1.5),
    ("Nəsir", 1.0), ("Oruc", 1.0), ("Qasım", 1.4), ("Süleyman", 1.2),
    ("Musa", 1.2), ("Vəli", 1.1), ("Bayram", 1.0), ("Qurban", 1.0),
    ("Həsənli", 0.0), ("Paşa", 0.7), ("Cabbar", 0.6), ("Xəlil", 0.9),
    ("Cavad", 0.6), ("Hacı", 0.9), ("Mustafa", 0.9), ("Rəhim", 0.8),
    ("İbrahim", 0.9), ("Əsgər", 0.7), ("Heydər", 0.8), ("Nağı", 0.6),
    ("Tağı", 0.6), ("Zeynal", 0.6), ("Bağır", 0.6), ("Səfər", 0.7),
    ("Qafar", 0.5), ("Şirin", 0.4), ("Əsəd", 0.5), ("Salman", 0.5),
]  # fmt: skip

SURNAME_EXTRA = """
Quli|Кули
Ələkbər|Алекпер
Mehdi|Мехти
Məhərrəm|Магеррам
Allahverdi|Аллахверди
Abdulla|Абдулла
Hümbət|Гумбат
Qəmbər|Гамбар
Nəbi|Наби
Rəsul|Расул
Eyvaz|Эйваз
İsgəndər|Искендер
Kazım|Кязим
Talıb|Талыб
Şahbaz|Шахбаз
Əmir|Амир
Aslan|Аслан
Qara|Кара
Ağa|Ага
Mirzə|Мирзо
Sadıq|Садых
Hümmət|Гуммет
Alış|Алыш
Mövsüm|Мовсум
Həbib|Габиб
Nəcəf|Наджаф
Muradxan|Мурадхан
Şükür|Шукюр
Qəhrəman|Гахраман
Novruz|Новруз
Məhəmməd|Магомед
Şıxəli|Шихали
Bəşir|Башир
Fərzəli|Фарзали
Hidayət|Гидаят
Ağalar|Агалар
Cəlal|Джалал
Kərəm|Карам
Səməd|Самед
Şəfi|Шафи
Əsədulla|Асадулла
Qənbər|Ганбар
Xudu|Худу
Hacıbala|Гаджибала
Məlik|Малик
Vəkil|Векил
Nəzər|Назар
Sultan|Султан
Rüstəm|Рустам
Tahir|Тахир
Ağamalı|Агамалы
Bədəl|Бадал
Bəkir|Бекир
Dadaş|Дадаш
Əzim|Азим
Fərəc|Фарадж
Hacıbaba|Гаджибаба
Həmzə|Гамза
İmran|Имран
İsrafil|Исрафил
Lətif|Латиф
Mehrəli|Мехрали
Mirzəağa|Мирзага
Mürsəl|Мурсал
Nəzir|Назир
Rəhman|Рахман
Salah|Салах
Sərkar|Саркар
Şahverdi|Шахверди
Şəmsi|Шамси
Umud|Умуд
Usub|Усуб
Vəzir|Везир
Yəhya|Яхья
Zülfəli|Зульфали
Əyyub|Аюб
Bəxtiyar|Бахтияр
Cahangir|Джахангир
Dəmir|Демир
Ələddin|Аладдин
Fətəli|Фатали
Hacıağa|Гаджиага
İmamverdi|Имамверди
Kamil|Камиль
Məşədi|Мешади
Nəzərəli|Назарали
Pirverdi|Пирверди
Ramazan|Рамазан
Teymur|Теймур
Xanbaba|Ханбаба
Zərbəli|Зарбали
Qənbərəli|Ганбарали
Əhmədağa|Ахмедага
Kərbalayi|Кербалаи
""".strip().splitlines()

# Armenian persons: (Armenian, Russian, Azerbaijani Latin).
HY_MALE = """
Հովհաննես|Ованес|Ovanes
Արմեն|Армен|Armen
Գրիգոր|Григор|Qriqor
Սամվել|Самвел|Samvel
Կարեն|Карен|Karen
Աշոտ|Ашот|Aşot
Վարդան|Вардан|Vardan
Ռուբեն|Рубен|Ruben
Արթուր|Артур|Artur
Գագիկ|Гагик|Qaqik
Մհեր|Мгер|Mher
Ալբերտ|Альберт|Albert
Սերգեյ|Сергей|Sergey
Ռոբերտ|Роберт|Robert
Գևորգ|Геворк|Qevorq
Սուրեն|Сурен|Suren
Հրաչյա|Грачья|Qraçya
Վաչագան|Вачаган|Vaçaqan
""".strip().splitlines()

HY_FEMALE = """
Անահիտ|Анаит|Anait
Գայանե|Гаяне|Qayane
Մարինե|Марине|Marine
Լուսինե|Лусине|Lusine
Սիրանուշ|Сирануш|Siranuş
Հասմիկ|Асмик|Asmik
Նարինե|Нарине|Narine
Արմինե|Армине|Armine
Ժաննա|Жанна|Janna
Լիլիթ|Лилит|Lilit
Աննա|Анна|Anna
Ռիտա|Рита|Rita
""".strip().splitlines()

HY_SURNAMES = """
Պետրոսյան|Петросян|Petrosyan
Գրիգորյան|Григорян|Qriqoryan
Հարությունյան|Арутюнян|Arutyunyan
Սարգսյան|Саркисян|Sarkisyan
Հովհաննիսյան|Оганесян|Oqanesyan
Ավետիսյան|Аветисян|Avetisyan
Մկրտչյան|Мкртчян|Mkrtçyan
Խաչատրյան|Хачатрян|Xaçatryan
Բաբայան|Бабаян|Babayan
Դավթյան|Давтян|Davtyan
Ղազարյան|Казарян|Qazaryan
Մարտիրոսյան|Мартиросян|Martirosyan
Ստեփանյան|Степанян|Stepanyan
Աբրահամյան|Абрамян|Abramyan
Վարդանյան|Варданян|Vardanyan
Մանուկյան|Манукян|Manukyan
""".strip().splitlines()


# Given names that spread only in the 20th century: rare as surname roots,
# since most surnames were fixed in the 1920-30s from a grandfather's name.
MODERN_GIVEN = set(
    [
        "Elçin",
        "Vüqar",
        "Rövşən",
        "Elxan",
        "İlham",
        "Namiq",
        "Zaur",
        "Natiq",
        "Elşən",
        "Eldar",
        "Elman",
        "Mehman",
        "Tariyel",
        "İlqar",
        "Azər",
        "Famil",
        "Ramil",
        "Elnur",
        "Mübariz",
        "Telman",
        "Anar",
        "Çingiz",
        "Kamran",
        "Vidadi",
        "Emin",
        "Ruslan",
        "Samir",
        "Seymur",
        "Vasif",
        "Zahid",
        "Ziyad",
        "Oqtay",
        "Polad",
        "Gündüz",
        "Vaqif",
        "Tofiq",
        "Rauf",
        "Fikrət",
        "Ramiz",
        "Hikmət",
        "Aydın",
        "Valeh",
        "Məzahir",
        "Akif",
        "Asif",
        "Arif",
        "Vahid",
        "Nazim",
        "Rafiq",
        "Şahin",
        "Sərdar",
        "Yaşar",
        "Fəxrəddin",
        "Xaləddin",
        "Dünyamalı",
        "Nəriman",
    ]
)


MODERN_FEMALE = set(
    [
        "Aygün",
        "Səbinə",
        "Sevinc",
        "Nərgiz",
        "Aynur",
        "Şəhla",
        "Tamilla",
        "Elmira",
        "Afaq",
        "Solmaz",
        "Nazilə",
        "Sevil",
        "Könül",
        "Tünzalə",
        "Günel",
        "Aytən",
        "Ülviyyə",
        "Yeganə",
        "Dilarə",
        "Nigar",
        "Ofelya",
        "Zemfira",
        "Lalə",
        "Turan",
        "Validə",
        "Rəna",
        "Mehriban",
        "Gülnarə",
        "Zülfiyyə",
    ]
)


def _norm(w):
    return w / w.sum()


def _variants(forms: list[tuple[str, float]]) -> tuple[tuple[str, ...], np.ndarray]:
    """Merge equal forms, normalise weights, return (forms, cumulative)."""
    acc: dict[str, float] = {}
    for f, w in forms:
        if f:
            acc[f] = acc.get(f, 0.0) + w
    items = list(acc.items())
    fs = tuple(f for f, _ in items)
    ws = np.array([w for _, w in items], dtype=float)
    return fs, np.cumsum(ws / ws.sum())


def _forms_from(az: str, ru_list: list[str], hy: str | None = None) -> dict:
    """Variant forms in each convention for one name (given name or surname).

    az: Azerbaijani Latin form; ru_list: Russian forms, first is dominant.
    """
    rw = [0.8] + [0.2 / max(1, len(ru_list) - 1)] * (len(ru_list) - 1)
    if len(ru_list) == 1:
        rw = [1.0]
    out = {}
    out["az_latin"] = _variants([(az, 1.0)])
    out["ru_cyrillic"] = _variants(list(zip(ru_list, rw, strict=True)))
    en_ru = []
    for r, w in zip(ru_list, rw, strict=True):
        en_ru += [
            (tr.ru_to_en(r, 0), 0.7 * w),
            (tr.ru_to_en(r, 1), 0.15 * w),
            (tr.ru_to_en(r, 2), 0.15 * w),
        ]
    out["en_from_ru"] = _variants(en_ru)
    out["en_from_az"] = _variants(
        [(tr.az_to_en(az, 0), 0.86), (tr.az_to_en(az, 1), 0.07), (tr.az_to_en(az, 2), 0.07)]
    )
    if hy is not None:
        out["hy_armenian"] = _variants([(hy, 1.0)])
    else:
        out["hy_armenian"] = _variants([(tr.ru_to_hy(ru_list[0]), 0.6), (tr.az_to_hy(az), 0.4)])
    return out


@dataclass
class GivenName:
    gid: int
    sex: str
    armenian: bool
    az: str
    ru: list[str]
    hy: str | None
    forms: dict = field(default_factory=dict)


def _split(s: str) -> str:
    a, b = s.split("+")
    b = b.replace("i", "İ", 1) if b.startswith("i") else b
    return f"{a} {b[:1].upper()}{b[1:]}"


def _unvariants(ft) -> list[tuple[str, float]]:
    forms, cum = ft
    w = np.diff(np.concatenate([[0.0], cum]))
    return list(zip(forms, w.tolist(), strict=True))


def _parse_az(lines):
    out = []
    for ln in lines:
        az, ru = ln.split("|")
        out.append((az, ru.split(",")))
    return out


def _zipf(n: int, s: float = 0.9, offset: float = 3.0) -> np.ndarray:
    w = 1.0 / (np.arange(n) + offset) ** s
    return w / w.sum()


class Tables:
    """All name tables, with precomputed variant forms per convention."""

    def __init__(self) -> None:
        self.given: list[GivenName] = []
        male = _parse_az(AZ_MALE)
        female = _parse_az(AZ_FEMALE)
        for az, ru in male:
            self.given.append(GivenName(len(self.given), "M", False, az, ru, None))
        self.az_male = np.arange(0, len(male))
        for az, ru in female:
            self.given.append(GivenName(len(self.given), "F", False, az, ru, None))
        self.az_female = np.arange(len(male), len(self.given))
        start = len(self.given)
        for ln in HY_MALE:
            hy, ru, az = ln.split("|")
            self.given.append(GivenName(len(self.given), "M", True, az, [ru], hy))
        self.hy_male = np.arange(start, len(self.given))
        start = len(self.given)
        for ln in HY_FEMALE:
            hy, ru, az = ln.split("|")
            self.given.append(GivenName(len(self.given), "F", True, az, [ru], hy))
        self.hy_female = np.arange(start, len(self.given))
        for g in self.given:
            if "+" in g.az:
                # compound names, mostly written as one word, sometimes as two
                joined = _forms_from(g.az.replace("+", ""), [r.replace("+", "") for r in g.ru])
                split = _forms_from(_split(g.az), [_split(r) for r in g.ru])
                g.az = g.az.replace("+", "")
                g.ru = [r.replace("+", "") for r in g.ru]
                g.forms = {
                    c: _variants(
                        [(f, 0.85 * w) for f, w in _unvariants(joined[c])]
                        + [(f, 0.15 * w) for f, w in _unvariants(split[c])]
                    )
                    for c in joined
                }
            else:
                g.forms = _forms_from(g.az, g.ru, g.hy)
        self.p_az_male = _zipf(len(self.az_male), 0.95, 4.0)
        self.p_az_female = _zipf(len(self.az_female), 0.9, 4.0)
        # names by generation: 20th-century names are rare before ~1940 and
        # more frequent after 1960
        mod_m = np.array([self.given[i].az in MODERN_GIVEN for i in self.az_male])
        mod_f = np.array([self.given[i].az in MODERN_FEMALE for i in self.az_female])
        self.p_az_male_era = [
            _norm(self.p_az_male * np.where(mod_m, f_mod, f_old))
            for f_mod, f_old in ((0.06, 1.0), (1.0, 1.0), (2.5, 0.6))
        ]
        self.p_az_female_era = [
            _norm(self.p_az_female * np.where(mod_f, f_mod, f_old))
            for f_mod, f_old in ((0.06, 1.0), (1.0, 1.0), (2.5, 0.6))
        ]
        self.p_hy_male = _zipf(len(self.hy_male), 0.8, 2.0)
        self.p_hy_female = _zipf(len(self.hy_female), 0.8, 2.0)

        # ---- surname roots: (az_root, ru_root)
        roots: dict[str, list[str]] = {}
        male_plain = [(az.replace("+", ""), [r.replace("+", "") for r in ru]) for az, ru in male]
        for az, ru in male_plain:
            if az not in MODERN_GIVEN:
                roots.setdefault(az, ru)
        for ln in SURNAME_EXTRA:
            az, ru = ln.split("|")
            roots.setdefault(az, [ru])
        head = {a: w for a, w in SURNAME_HEAD if w > 0}
        names = list(roots)
        # 20th-century given names do occur as surname roots, rarely (the end of the tail)
        for az, ru in male_plain:
            if az in MODERN_GIVEN:
                roots.setdefault(az, ru)
        tail = [n for n in names if n not in head] + [n for n in roots if n not in names]
        order = sorted(head, key=lambda a: -head[a]) + tail
        self.sroot_az = order
        self.sroot_ru = [roots[a][0] for a in order]
        # the head gets its listed share, the tail a Zipf-like remainder
        tail_w = _zipf(len(tail), 0.8, 10.0) * (100.0 - sum(head.values()))
        w = np.array([head[a] for a in order[: len(head)]] + list(tail_w))
        w[[a in MODERN_GIVEN for a in order]] *= 0.2  # rare as surname roots
        self.p_sroot = w / w.sum()
        self.hy_surnames = [ln.split("|") for ln in HY_SURNAMES]
        self.p_hy_surname = _zipf(len(self.hy_surnames), 0.7, 2.0)
        self._surname_cache: dict[tuple, dict] = {}
        self._patr_cache: dict[tuple, dict] = {}

    # ------------------------------------------------------------------
    def surname_forms(self, root: int, kind: int, sex: str, armenian: bool) -> dict:
        """kind: 0 -ov/-ev, 1 -li, 2 -zadə, 3 -ov/-ev that became -li later."""
        key = (root, kind, sex, armenian)
        f = self._surname_cache.get(key)
        if f is not None:
            return f
        if armenian:
            hy, ru, az = self.hy_surnames[root]
            f = _forms_from(az, [ru], hy)
        else:
            az = self.sroot_az[root]
            ru = self.sroot_ru[root]
            if kind in (0, 3):
                az_s = az + ("yev" if az[-1] in "aeəıiouöü" else "ov")
                r = ru.rstrip("ь")
                if ru == "Мирзо":
                    ru_s = "Мирзоев"
                elif r[-1] in "аеиоуыэюяжшчщц" or r.endswith("дж"):
                    ru_s = r + "ев"
                else:
                    ru_s = r + "ов"
                if sex == "F":
                    az_s += "a"
                    ru_s += "а"
            elif kind == 1:
                az_s = az + _harmony_li(az)
                ru_s = ru.rstrip("ь") + "ли"
            else:
                az_s = az + "zadə"
                ru_s = ru.rstrip("ь") + "заде"
            f = _forms_from(az_s, [ru_s])
        self._surname_cache[key] = f
        return f

    def surname_modern_li(self, root: int) -> dict:
        """The -li form adopted in the 1990s by someone born -ov/-ev."""
        return self.surname_forms(root, 1, "M", False)

    def patronymic_forms(self, father_gid: int, sex: str, style: str) -> dict:
        """style: 'oglu' (X oğlu / оглы) or 'ovich' (-ович / -овна)."""
        key = (father_gid, sex, style)
        f = self._patr_cache.get(key)
        if f is not None:
            return f
        g = self.given[father_gid]
        ru0 = g.ru[0]
        if g.armenian or style == "ovich":
            base = ru0.rstrip("ьй")
            if base[-1] in "аеиоуыэя":
                ru_p = base + ("евич" if sex == "M" else "евна")
            else:
                ru_p = base + ("ович" if sex == "M" else "овна")
            az_p = g.az + ("oviç" if sex == "M" else "ovna")
            hy_p = g.hy + "ի" if g.hy else tr.ru_to_hy(ru_p)
            f = _forms_from(az_p, [ru_p], hy_p)
            if not g.armenian:
                # Armenian clerks would write the father's name in the genitive
                f["hy_armenian"] = _variants(
                    [(tr.ru_to_hy(ru0) + "ի", 0.6), (tr.ru_to_hy(ru_p), 0.4)]
                )
        else:
            az_p = g.az + (" oğlu" if sex == "M" else " qızı")
            ru_l = [r + (" оглы" if sex == "M" else " кызы") for r in g.ru]
            # the less usual spellings оглу / гызы
            ru_l.append(g.ru[0] + (" оглу" if sex == "M" else " гызы"))
            f = _forms_from(az_p, ru_l)
            f["hy_armenian"] = _variants(
                [
                    (tr.ru_to_hy(g.ru[0]) + "ի", 0.5),
                    (tr.ru_to_hy(ru_l[0]), 0.3),
                    (tr.az_to_hy(az_p), 0.2),
                ]
            )
        self._patr_cache[key] = f
        return f


def _harmony_li(az: str) -> str:
    for ch in reversed(az.lower()):
        if ch in "əei":
            return "li"
        if ch in "aı":
            return "lı"
        if ch in "ou":
            return "lu"
        if ch in "öü":
            return "lü"
    return "li"
