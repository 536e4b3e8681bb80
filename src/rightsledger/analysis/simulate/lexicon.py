"""Name and place inventories for the simulator, with their customary Russian spellings.

Russian forms are written as Russian-language documents customarily spell these names
(Həsən → Гасан, Məmməd → Мамед, Sevinc → Севиндж), not derived by rule, so that the
simulated lists carry the irregularities that real lists have.  Lists are in rough order
of frequency; the simulator draws from them with Zipf-like weights.
"""

from __future__ import annotations

__all__ = [
    "ARMENIAN_FEMALE",
    "ARMENIAN_MALE",
    "ARMENIAN_SURNAMES",
    "AZ_FEMALE",
    "AZ_MALE",
    "AZ_SURNAMES",
    "PLACES",
    "derived_armenian_surnames",
    "derived_surnames",
]

# (Azerbaijani Latin, Russian)
AZ_MALE: tuple[tuple[str, str], ...] = (
    ("Əli", "Али"), ("Məmməd", "Мамед"), ("Həsən", "Гасан"), ("Hüseyn", "Гусейн"),
    ("Elçin", "Эльчин"), ("Rəşid", "Рашид"), ("Vüqar", "Вугар"), ("Elnur", "Эльнур"),
    ("Kamran", "Камран"), ("Rauf", "Рауф"), ("Tofiq", "Тофик"), ("Vaqif", "Вагиф"),
    ("İlqar", "Ильгар"), ("Elşən", "Эльшан"), ("Anar", "Анар"), ("Orxan", "Орхан"),
    ("Rövşən", "Ровшан"), ("Şahin", "Шахин"), ("Fərid", "Фарид"), ("Tural", "Турал"),
    ("Cavid", "Джавид"), ("Namiq", "Намик"), ("Zaur", "Заур"), ("Elvin", "Эльвин"),
    ("Qasım", "Гасым"), ("Xəlil", "Халил"), ("Əhməd", "Ахмед"), ("İbrahim", "Ибрагим"),
    ("Musa", "Муса"), ("Yusif", "Юсиф"), ("Rəhim", "Рагим"), ("Qurban", "Гурбан"),
    ("Heydər", "Гейдар"), ("Cəfər", "Джафар"), ("Səməd", "Самед"), ("Fikrət", "Фикрет"),
    ("Nazim", "Назим"), ("Ramiz", "Рамиз"), ("Arif", "Ариф"), ("Mübariz", "Мубариз"),
    ("Eldar", "Эльдар"), ("Əziz", "Азиз"), ("Zakir", "Закир"), ("Sabir", "Сабир"),
    ("Mirzə", "Мирза"), ("Ağa", "Ага"), ("Bəhram", "Бахрам"), ("Nəriman", "Нариман"),
    ("Fuad", "Фуад"), ("Natiq", "Натик"), ("Vasif", "Васиф"), ("Yaqub", "Якуб"),
    ("Səlim", "Салим"), ("Zahid", "Захид"), ("Tahir", "Тахир"), ("Rasim", "Расим"),
    ("Akif", "Акиф"), ("Şamil", "Шамиль"), ("Telman", "Тельман"), ("Eyvaz", "Эйваз"),
    ("Hacı", "Гаджи"), ("Qədir", "Кадыр"), ("Sadıq", "Садых"), ("Kərim", "Керим"),
    ("Aydın", "Айдын"), ("Nurlan", "Нурлан"), ("Emil", "Эмиль"), ("Ruslan", "Руслан"),
    ("Ilham", "Ильхам"), ("Ələsgər", "Алескер"), ("Bayram", "Байрам"), ("Novruz", "Новруз"),
    ("Oqtay", "Октай"), ("Çingiz", "Чингиз"), ("Mehman", "Мехман"), ("Ceyhun", "Джейхун"),
    ("Söhrab", "Сохраб"), ("İsmayıl", "Исмаил"), ("Hikmət", "Хикмет"), ("Vəli", "Вели"),
    ("Şükür", "Шукюр"), ("Nəsib", "Насиб"), ("Əsgər", "Аскер"), ("Dilavər", "Дилявер"),
    ("Elxan", "Эльхан"), ("Rəfael", "Рафаэль"), ("Vüsal", "Вусал"), ("Əbülfəz", "Абульфаз"),
    ("Mahir", "Махир"), ("Famil", "Фамиль"), ("İlkin", "Илькин"), ("Ramil", "Рамиль"),
    ("Səxavət", "Сахават"), ("Pərviz", "Парвиз"), ("Nizami", "Низами"), ("Ədalət", "Адалят"),
    ("Fəxrəddin", "Фахреддин"), ("Şirin", "Ширин"), ("Nadir", "Надир"), ("Sərdar", "Сардар"),
    ("Valeh", "Валех"), ("Zülfüqar", "Зульфугар"), ("Həmid", "Гамид"), ("Ayaz", "Аяз"),
    ("Rüfət", "Руфат"), ("Elməddin", "Эльмеддин"), ("Ənvər", "Энвер"), ("Mətləb", "Матлаб"),
    ("Qabil", "Габиль"), ("Ziya", "Зия"), ("Mehdi", "Мехти"), ("Sahib", "Сахиб"),
    ("İsa", "Иса"), ("Fərhad", "Фархад"), ("Cahangir", "Джахангир"), ("Lətif", "Латиф"),
    ("Yaşar", "Яшар"), ("Hafiz", "Гафиз"), ("Nüsrət", "Нусрат"), ("Xaqani", "Хагани"),
)  # fmt: skip

AZ_FEMALE: tuple[tuple[str, str], ...] = (
    ("Leyla", "Лейла"), ("Günel", "Гюнель"), ("Aygün", "Айгюн"), ("Səbinə", "Сабина"),
    ("Nərgiz", "Наргиз"), ("Sevinc", "Севиндж"), ("Aynur", "Айнур"), ("Gülnarə", "Гюльнара"),
    ("Xədicə", "Хадиджа"), ("Şəhla", "Шахла"), ("Könül", "Кёнуль"), ("Zəhra", "Захра"),
    ("Fatimə", "Фатима"), ("Aysel", "Айсель"), ("Nigar", "Нигяр"), ("Ülviyyə", "Ульвия"),
    ("Səidə", "Саида"), ("Rəna", "Рена"), ("Zərifə", "Зарифа"), ("Mehriban", "Мехрибан"),
    ("Tamilla", "Тамилла"), ("Gülşən", "Гюльшан"), ("Yeganə", "Егана"), ("Vüsalə", "Вюсаля"),
    ("Lalə", "Ляля"), ("Nailə", "Наиля"), ("Sevda", "Севда"), ("Xanım", "Ханум"),
    ("Məryəm", "Марьям"), ("Pərvin", "Парвин"), ("Kəmalə", "Камаля"), ("Rəhilə", "Рагиля"),
    ("Zümrüd", "Зумруд"), ("Afət", "Афет"), ("Gülər", "Гюляр"), ("Şəfiqə", "Шафига"),
    ("Tünzalə", "Тунзаля"), ("Elmira", "Эльмира"), ("Esmira", "Эсмира"), ("Arzu", "Арзу"),
    ("Turan", "Туран"), ("Samirə", "Самира"), ("Firuzə", "Фируза"), ("Humay", "Хумай"),
    ("Dilarə", "Дилара"), ("Nurlana", "Нурлана"), ("Cəmilə", "Джамиля"), ("Solmaz", "Солмаз"),
    ("Validə", "Валида"), ("Həcər", "Гаджар"), ("Şəlalə", "Шаляля"), ("Ofelya", "Офелия"),
    ("Mələk", "Малак"), ("Bahar", "Бахар"), ("Təranə", "Тарана"), ("Zivər", "Зивяр"),
    ("Südabə", "Судаба"), ("Gülbəniz", "Гюльбениз"), ("Raya", "Рая"), ("Qəmər", "Гамар"),
    ("Aida", "Аида"), ("Aytən", "Айтен"), ("Gülnar", "Гюльнар"), ("İradə", "Ирада"),
    ("Kifayət", "Кифаят"), ("Lamiyə", "Ламия"), ("Mətanət", "Метанет"), ("Nəzakət", "Назакет"),
    ("Rəxşəndə", "Рахшанда"), ("Sona", "Сона"), ("Şövkət", "Шовкат"), ("Ulduz", "Улдуз"),
    ("Xatirə", "Хатира"), ("Yasəmən", "Ясамань"), ("Zeynəb", "Зейнаб"), ("Afaq", "Афаг"),
    ("Bənövşə", "Бановша"), ("Çiçək", "Чичек"), ("Dünya", "Дунья"), ("Elnarə", "Эльнара"),
    ("Fəridə", "Фарида"), ("Günay", "Гюнай"), ("Həqiqət", "Хагигат"), ("İlahə", "Илаха"),
    ("Mədinə", "Мадина"), ("Nərmin", "Нармин"), ("Pəri", "Пери"), ("Rüxsarə", "Рухсара"),
    ("Sürəyya", "Сурея"), ("Təhminə", "Тахмина"), ("Ülkər", "Улькяр"), ("Vəfa", "Вафа"),
)  # fmt: skip

# Masculine forms; feminine forms add -a where the surname declines (-ov, -yev, -in).
AZ_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Məmmədov", "Мамедов"), ("Əliyev", "Алиев"), ("Hüseynov", "Гусейнов"),
    ("Həsənov", "Гасанов"), ("Quliyev", "Кулиев"), ("İsmayılov", "Исмаилов"),
    ("Abbasov", "Аббасов"), ("Babayev", "Бабаев"), ("Cəfərov", "Джафаров"),
    ("Rzayev", "Рзаев"), ("Süleymanov", "Сулейманов"), ("Əhmədov", "Ахмедов"),
    ("Məhərrəmov", "Магеррамов"), ("Kərimov", "Керимов"), ("Mustafayev", "Мустафаев"),
    ("Nəsibov", "Насибов"), ("Qasımov", "Гасымов"), ("İbrahimov", "Ибрагимов"),
    ("Orucov", "Оруджев"), ("Musayev", "Мусаев"), ("Hacıyev", "Гаджиев"),
    ("Rüstəmov", "Рустамов"), ("Bayramov", "Байрамов"), ("Zeynalov", "Зейналов"),
    ("Səfərov", "Сафаров"), ("Nağıyev", "Нагиев"), ("Vəliyev", "Велиев"),
    ("Əsgərov", "Аскеров"), ("Şükürov", "Шукюров"), ("Heydərov", "Гейдаров"),
    ("Qurbanov", "Курбанов"), ("Xəlilov", "Халилов"), ("Salmanov", "Салманов"),
    ("Yusifov", "Юсифов"), ("Mirzəyev", "Мирзоев"), ("Novruzov", "Новрузов"),
    ("Paşayev", "Пашаев"), ("Eyvazov", "Эйвазов"), ("Tağıyev", "Тагиев"),
    ("Sadıqov", "Садыхов"), ("Qədirov", "Кадыров"), ("Əzizov", "Азизов"),
    ("Şahbazov", "Шахбазов"), ("Allahverdiyev", "Аллахвердиев"), ("Hümbətov", "Гумбатов"),
    ("Bağırov", "Багиров"), ("Ələkbərov", "Алекперов"), ("Rəhimov", "Рагимов"),
    ("Fərzəliyev", "Фарзалиев"), ("Camalov", "Джамалов"), ("Ağayev", "Агаев"),
    ("Sultanov", "Султанов"), ("Zamanov", "Заманов"), ("Qarayev", "Караев"),
    ("İsgəndərov", "Искендеров"), ("Əsədov", "Асадов"), ("Məlikov", "Меликов"),
    ("Nəbiyev", "Набиев"), ("Tahirov", "Тахиров"), ("Həsənli", "Гасанлы"),
    ("Əliyarlı", "Алиярлы"), ("Şirinov", "Ширинов"), ("Dadaşov", "Дадашев"),
    ("Mehdiyev", "Мехтиев"), ("Səmədov", "Самедов"), ("Bədəlov", "Бадалов"),
    ("Qəhrəmanov", "Гахраманов"), ("Vəlizadə", "Велизаде"), ("Rəsulov", "Расулов"),
    ("Kazımov", "Кязимов"), ("Ramazanov", "Рамазанов"), ("Cavadov", "Джавадов"),
    ("Xanlarov", "Ханларов"), ("Həmidov", "Гамидов"), ("Sarıyev", "Сарыев"),
    ("Abdullayev", "Абдуллаев"), ("Qəmbərov", "Гамбаров"), ("Osmanov", "Османов"),
    ("Nəcəfov", "Наджафов"), ("Əkbərov", "Акперов"), ("Xudiyev", "Худиев"),
    ("Bəşirov", "Баширов"), ("Pənahov", "Панахов"), ("Mansurov", "Мансуров"),
    ("Hidayətov", "Гидаятов"), ("Qafarov", "Гафаров"), ("Seyidov", "Сеидов"),
    ("Axundov", "Ахундов"), ("Məlikzadə", "Меликзаде"), ("Kələntərli", "Калантарлы"),
)  # fmt: skip

# (Armenian script, Russian, customary English)
ARMENIAN_MALE: tuple[tuple[str, str, str], ...] = (
    ("Արամ", "Арам", "Aram"), ("Հովհաննես", "Оганес", "Hovhannes"),
    ("Գրիգոր", "Григор", "Grigor"), ("Սերգեյ", "Сергей", "Sergey"),
    ("Արմեն", "Армен", "Armen"), ("Վահան", "Ваган", "Vahan"), ("Տիգրան", "Тигран", "Tigran"),
    ("Կարեն", "Карен", "Karen"), ("Սամվել", "Самвел", "Samvel"), ("Աշոտ", "Ашот", "Ashot"),
    ("Ռուբեն", "Рубен", "Ruben"), ("Գևորգ", "Геворг", "Gevorg"), ("Վարդան", "Вардан", "Vardan"),
    ("Արթուր", "Артур", "Artur"), ("Սուրեն", "Сурен", "Suren"),
    ("Հակոբ", "Акоп", "Hakob"), ("Մհեր", "Мгер", "Mher"), ("Նարեկ", "Нарек", "Narek"),
    ("Դավիթ", "Давид", "Davit"), ("Էդգար", "Эдгар", "Edgar"), ("Լևոն", "Левон", "Levon"),
    ("Համլետ", "Гамлет", "Hamlet"), ("Ռաֆայել", "Рафаэль", "Rafayel"), ("Սարգիս", "Саркис", "Sargis"),
    ("Մանուկ", "Манук", "Manuk"), ("Պողոս", "Погос", "Poghos"), ("Խաչատուր", "Хачатур", "Khachatur"),
    ("Ստեփան", "Степан", "Stepan"), ("Մկրտիչ", "Мкртич", "Mkrtich"), ("Գագիկ", "Гагик", "Gagik"),
)  # fmt: skip
ARMENIAN_FEMALE: tuple[tuple[str, str, str], ...] = (
    ("Անահիտ", "Анаит", "Anahit"), ("Մարիամ", "Мариам", "Mariam"), ("Լուսինե", "Лусине", "Lusine"),
    ("Գայանե", "Гаяне", "Gayane"), ("Արմինե", "Армине", "Armine"), ("Նունե", "Нуне", "Nune"),
    ("Սիրանուշ", "Сирануш", "Siranush"), ("Հասմիկ", "Асмик", "Hasmik"),
    ("Կարինե", "Карине", "Karine"), ("Լիլիթ", "Лилит", "Lilit"), ("Աննա", "Анна", "Anna"),
    ("Ռուզաննա", "Рузанна", "Ruzanna"), ("Շուշան", "Шушан", "Shushan"),
    ("Թամարա", "Тамара", "Tamara"), ("Նաիրա", "Наира", "Naira"), ("Զարուհի", "Заруи", "Zaruhi"),
    ("Հռիփսիմե", "Рипсиме", "Hripsime"), ("Ալվարդ", "Алвард", "Alvard"), ("Էմմա", "Эмма", "Emma"),
    ("Վարդուհի", "Вардуи", "Varduhi"), ("Գոհար", "Гоар", "Gohar"), ("Աստղիկ", "Астхик", "Astghik"),
    ("Մարինե", "Марине", "Marine"), ("Սոնա", "Сона", "Sona"),
)  # fmt: skip
ARMENIAN_SURNAMES: tuple[tuple[str, str, str], ...] = (
    ("Պետրոսյան", "Петросян", "Petrosyan"), ("Գրիգորյան", "Григорян", "Grigoryan"),
    ("Հովհաննիսյան", "Оганесян", "Hovhannisyan"), ("Սարգսյան", "Саркисян", "Sargsyan"),
    ("Հարությունյան", "Арутюнян", "Harutyunyan"), ("Մկրտչյան", "Мкртчян", "Mkrtchyan"),
    ("Ավետիսյան", "Аветисян", "Avetisyan"), ("Կարապետյան", "Карапетян", "Karapetyan"),
    ("Բաղդասարյան", "Багдасарян", "Baghdasaryan"), ("Մարտիրոսյան", "Мартиросян", "Martirosyan"),
    ("Սահակյան", "Саакян", "Sahakyan"), ("Ղազարյան", "Казарян", "Ghazaryan"),
    ("Ստեփանյան", "Степанян", "Stepanyan"), ("Վարդանյան", "Варданян", "Vardanyan"),
    ("Աբրահամյան", "Абрамян", "Abrahamyan"), ("Դավթյան", "Давтян", "Davtyan"),
)  # fmt: skip

# Places of origin and events: (Azerbaijani Latin, Russian); invented settlement names
# built from common toponym parts, so no real locality is implied.
PLACES: tuple[tuple[str, str], ...] = (
    ("Qaraçöl", "Карачель"), ("Yuxarı Bağlı", "Юхары Баглы"), ("Aşağı Bağlı", "Ашагы Баглы"),
    ("Dağkənd", "Дагкенд"), ("Çaylı", "Чайлы"), ("Qızılqaya", "Кызылкая"),
    ("Təzəkənd", "Тазакенд"), ("Daşbulaq", "Дашбулак"), ("Sarıdərə", "Сарыдере"),
    ("Quşçu", "Гушчу"), ("Ağbulaq", "Агбулак"), ("Qarabulaq", "Карабулак"),
    ("Yeniyol", "Ениёл"), ("Bağbanlar", "Багбанлар"), ("Dəmirçilər", "Демирчилер"),
    ("Kələbağ", "Келебаг"), ("Söyüdlü", "Сеютлю"), ("Armudlu", "Армудлу"),
    ("Xanbulaq", "Ханбулак"), ("Gölkənd", "Гелькенд"), ("Qovaqlı", "Говаглы"),
    ("Zəyəm", "Заям"), ("Əlibəyli", "Алибейли"), ("Keşiş", "Кешиш"),
    ("Təpəbaşı", "Тепебаши"), ("Dərəkənd", "Дерекенд"), ("Ortakənd", "Ортакенд"),
    ("Çiçəkli", "Чичекли"), ("Gülablı", "Гюлаблы"), ("Bulaqlı", "Булаглы"),
)  # fmt: skip


_AZ_VOWELS = "aıoueəiöü"
_HARMONY = {"a": "lı", "ı": "lı", "o": "lu", "u": "lu", "e": "li", "ə": "li", "i": "li",
            "ö": "lü", "ü": "lü"}  # fmt: skip


def derived_surnames() -> tuple[tuple[str, str], ...]:
    """Surnames formed, as most Azerbaijani surnames are, from a forefather's given name.

    Həsən → Həsənov / Гасанов and Həsənli / Гасанлы; Musa → Musayev / Мусаев.  They give
    the long tail of rarer surnames after the common ones listed above.
    """
    known = {az for az, _ in AZ_SURNAMES}
    out: list[tuple[str, str]] = []
    for az, ru in AZ_MALE:
        vowel_end = az[-1].lower() in _AZ_VOWELS
        az_ov = az + ("yev" if vowel_end else "ov")
        ru_stem = ru[:-1] if ru[-1] in "ьй" else ru
        ru_ov = ru_stem + ("ев" if ru[-1] in "аяиеоуыьй" else "ов")
        last_vowel = next((c for c in reversed(az.lower()) if c in _AZ_VOWELS), "a")
        az_li = az + _HARMONY[last_vowel]
        ru_li = ru_stem + ("лы" if last_vowel in "aıou" else "ли")
        for pair in ((az_ov, ru_ov), (az_li, ru_li)):
            if pair[0] not in known:
                known.add(pair[0])
                out.append(pair)
    return tuple(out)


def derived_armenian_surnames() -> tuple[tuple[str, str, str], ...]:
    """Armenian surnames formed from a forefather's name with -յան: Aram → Aramyan."""
    known = {en for _, _, en in ARMENIAN_SURNAMES}
    out = []
    for hy, ru, en in ARMENIAN_MALE:
        pair = (hy + "յան", ru + "ян", en + "yan")
        if pair[2] not in known:
            known.add(pair[2])
            out.append(pair)
    return tuple(out)
