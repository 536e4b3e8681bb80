"""Hand-made Azerbaijani name tables (from general knowledge).

Each line is  AZ-LATIN : SOVIET-RUSSIAN[,ALT-RUSSIAN...]  and the lines are
ordered roughly from common to rare; the frequency is a Zipf law over the
rank (see weights()) so that Məmməd/Məmmədov dominate as in real registers.
A third field marks the era: "new" names (Elçin, Vüqar, Səbinə) were
given from the 1960s on, "old" ones (Hacı, Tükəz, Qızbəs) mostly before -
so a 70-year-old has no father called Elnur. The Russian forms are the ones Soviet clerks actually wrote (Касум, Гаджи,
Гусейн, Джавад, Кярим, Сябина), which no letter-by-letter rule gives; the
alternatives are the competing Soviet spellings of the same name.
"""

MALE = """
Məmməd:Мамед,Магомед
Əli:Али
Hüseyn:Гусейн,Гусеин
Həsən:Гасан
İbrahim:Ибрагим
Qasım:Касум,Гасым
Elçin:Эльчин:new
Vüqar:Вугар:new
Rəşid:Рашид
Vaqif:Вагиф
İlham:Ильхам
Akif:Акиф
Hacı:Гаджи:old
Tofiq:Тофик
Elşən:Эльшан:new
Rövşən:Ровшан:new
Namiq:Намик:new
Natiq:Натик:new
Zaur:Заур:new
Rasim:Расим
Ramiz:Рамиз
Fikrət:Фикрет
Səməd:Самед
Cavad:Джавад
Xəlil:Халил
Cəfər:Джафар
İsmayıl:Исмаил
Əhməd:Ахмед
Süleyman:Сулейман
Musa:Муса
Kərim:Керим,Кярим
Rəhim:Рагим,Рахим
Sadıq:Садых,Садык
Heydər:Гейдар,Гайдар
Bayram:Байрам:old
Novruz:Новруз:old
Qurban:Курбан,Гурбан:old
Əsəd:Асад
Əsgər:Аскер
Məhərrəm:Магеррам,Магерам:old
Zakir:Закир
Yusif:Юсиф,Юсуф
Nəbi:Наби
Vəli:Вели
Oruc:Орудж:old
Tahir:Тахир
Sahib:Сахиб
Sabir:Сабир
Şamil:Шамиль
Əziz:Азиз
Abbas:Аббас
Rza:Рза
Səfər:Сафар
Mustafa:Мустафа
Salman:Салман
Bəxtiyar:Бахтияр
Çingiz:Чингиз
Fərhad:Фархад
Mirzə:Мирза:old
Tağı:Таги:old
Nağı:Наги:old
Ağa:Ага:old
Bəhram:Бахрам
Mahmud:Махмуд
Əflatun:Афлатун
Ədalət:Адалат
Mübariz:Мубариз:new
Elxan:Эльхан:new
Elnur:Эльнур:new
Anar:Анар:new
Nazim:Назим
Qulu:Кулу,Гулу:old
Teymur:Теймур
Taleh:Талех:new
Zahid:Захид
Əmir:Амир
Elman:Эльман:new
İlqar:Ильгар:new
Ceyhun:Джейхун:new
Azər:Азер:new
Emin:Эмин:new
Xaqani:Хагани
Nizami:Низами
Pənah:Панах:old
Hümbət:Гумбат:old
Şükür:Шукюр:old
Bəxşi:Бахши:old
Allahverdi:Аллахверди:old
Nəsir:Насир
Zeynal:Зейнал
Əkbər:Акпер,Акбер
Babək:Бабек:new
Famil:Фамиль:new
Vidadi:Видади:new
Yaşar:Яшар
Aydın:Айдын
Qəhrəman:Гахраман,Каграман
Şahbaz:Шахбаз
Mehman:Мехман:new
Mehdi:Мехти,Мехди
Hikmət:Хикмет
İsa:Иса
Valeh:Валех
Arif:Ариф
Asif:Асиф
Vahid:Вахид
Mirzəli:Мирзали:old
Əbdülkərim:Абдулкерим:old
Fuad:Фуад:new
Elmar:Эльмар:new
Sənan:Санан:new
Qabil:Габиль,Кабиль
Ziyəddin:Зияддин
Nadir:Надир
Ramil:Рамиль:new
Rafiq:Рафик
Şakir:Шакир
Alim:Алим
Hafiz:Гафиз,Хафиз
Əhəd:Ахад
Dilavər:Дилавер
Bahadur:Бахадур
Telman:Тельман
Eldar:Эльдар:new
Ağakərim:Агакерим:old
Hümmət:Гуммет:old
Əjdər:Аждар:old
Qara:Кара,Гара:old
Məhəmməd:Магомед,Мухаммед:old
Əlövsət:Алевсат:old
Həmid:Гамид
Seyid:Сеид,Сейид:old
Mirəli:Мирали:old
Gülağa:Гюльага:old
Nüsrət:Нусрат
Yavər:Явар
Əyyub:Аюб,Эйюб:old
Qafar:Гафар
Lətif:Латиф
Polad:Полад
Rüstəm:Рустам
Soltan:Султан
Kamil:Камиль
Cahangir:Джахангир
Mais:Маис
Xanlar:Ханлар:old
Dünyamalı:Дуньямалы:old
Kamran:Камран:new
Vasif:Васиф:new
Bəşir:Башир
Cəbrayıl:Джабраил
Mikayıl:Микаил
Ələsgər:Алескер
Hətəm:Хатам:old
Fərman:Фарман
Eyvaz:Эйваз:old
Camal:Джамал
İmran:Имран
Səyavuş:Сиявуш,Саявуш
Bəylər:Бейлер:old
Əlibala:Алибала
Nurəddin:Нуреддин
Ağasəlim:Агасалим:old
Şəmistan:Шамистан:old
Tapdıq:Тапдыг:old
Xudaverdi:Худаверди:old
Gündüz:Гюндуз
Surxay:Сурхай:old
"""

FEMALE = """
Səbinə:Сабина,Сябина:new
Gülnarə:Гюльнара:new
Aygün:Айгюн:new
Sevinc:Севиндж:new
Nərgiz:Наргиз
Xədicə:Хадиджа:old
Fatma:Фатма:old
Leyla:Лейла
Zəhra:Захра:old
Aidə:Аида:new
Səadət:Саадат:new
Zərifə:Зарифа
Gülşən:Гюльшан
Sona:Сона:old
Zülfiyyə:Зульфия
Nailə:Наиля:new
Rəna:Рена:new
Səkinə:Сакина:old
Ruqiyyə:Рукия:old
Tükəz:Тукез:old
Şərqiyyə:Шаргия:old
Nazilə:Назиля:new
Mehriban:Мехрибан:new
Firuzə:Фируза
Əminə:Амина
Xanım:Ханум:old
Gülarə:Гюляра
Südabə:Судаба
Şəfiqə:Шафига
Dilarə:Диляра:new
Yeganə:Егана:new
Könül:Кенуль,Конуль:new
Solmaz:Солмаз:new
Ülviyyə:Ульвия:new
Afət:Афет:new
Günay:Гюнай:new
Elmira:Эльмира:new
Esmira:Эсмира:new
Samirə:Самира:new
Nigar:Нигяр,Нигар:new
Zəminə:Замина
Mələk:Малак,Меляк
Bəsti:Басти:old
Pəri:Пери:old
Zeynəb:Зейнаб:old
Məryəm:Марьям:old
Həcər:Гаджар,Хаджар:old
Gülçöhrə:Гюльчохра
Tərlan:Тарлан:new
Sevil:Севиль:new
Mətanət:Матанат
Təranə:Тарана:new
Lalə:Лала,Ляля:new
Gülnaz:Гюльназ
Şahnaz:Шахназ
Kəmalə:Камала:new
Xuraman:Хураман:old
Gülsüm:Гюльсум:old
Nəzakət:Назакет:old
Məsmə:Масма:old
Əsmər:Асмар:old
Zemfira:Земфира:new
Mahirə:Махира:new
Vüsalə:Вусала:new
İradə:Ирада:new
Şövkət:Шовкет:old
Zibeydə:Зибейда:old
Telli:Телли:old
Səlimə:Салима
Bahar:Бахар
Çiçək:Чичек
Gülüstan:Гюлистан:old
Xəyalə:Хаяла:new
Sürəyya:Сурая
Minarə:Минара
Tünzalə:Тунзала:new
Rəfiqə:Рафига
Fəridə:Фарида
Şəhla:Шахла:new
Almaz:Алмаз
Qəmər:Гамар,Камар:old
Pərvanə:Парвана
Gülxanım:Гюльханум:old
Nübar:Нубар:old
Yasəmən:Ясаман
Ayşə:Айша:old
Həlimə:Халима:old
Kübra:Кубра:old
Tamilla:Тамилла:new
Ziba:Зиба
Məleykə:Малейка
Gülbəniz:Гюльбениз
Qızbəs:Кызбес:old
Bəyim:Беим:old
Ofelya:Офелия:new
Sənubər:Санубар
Şölə:Шола:old
Xavər:Хавер:old
Mənzər:Манзар:old
Dürdanə:Дурдана:old
Zöhrə:Зохра:old
Fəxriyyə:Фахрия
Tutu:Туту:old
Gövhər:Гевхар,Говхар:old
"""

# Surnames: masculine az form : masculine Soviet Russian form(s).
# The feminine is derived (+a); -zadə and -li surnames do not change.
SURNAMES = """
Məmmədov:Мамедов
Əliyev:Алиев
Həsənov:Гасанов
Hüseynov:Гусейнов
Quliyev:Кулиев
İsmayılov:Исмаилов
Abbasov:Аббасов
Cavadov:Джавадов
Qasımov:Касумов,Гасымов
Rzayev:Рзаев
Səfərov:Сафаров
Kərimov:Керимов
Babayev:Бабаев
Nəbiyev:Набиев
Bağırov:Багиров
Xəlilov:Халилов
Əhmədov:Ахмедов
Hacıyev:Гаджиев
Süleymanov:Сулейманов
Musayev:Мусаев
Vəliyev:Велиев
Orucov:Оруджев
Cəfərov:Джафаров
Qurbanov:Курбанов,Гурбанов
Salmanov:Салманов
Mustafayev:Мустафаев
Allahverdiyev:Аллахвердиев
Bayramov:Байрамов
Mirzəyev:Мирзоев,Мирзаев
Paşayev:Пашаев
Nəsirov:Насиров
Əsədov:Асадов
Zeynalov:Зейналов
Sadıqov:Садыхов,Садыков
Əkbərov:Акперов,Акберов
Heydərov:Гейдаров
Ağayev:Агаев
Hümbətov:Гумбатов
Nağıyev:Нагиев
Tağıyev:Тагиев
Şükürov:Шукюров
İbrahimov:Ибрагимов
Əsgərov:Аскеров
Rəhimov:Рагимов,Рахимов
Məhərrəmov:Магеррамов,Магерамов
Abdullayev:Абдуллаев
Əbdülkərimov:Абдулкеримов
Bəxşiyev:Бахшиев
Pənahov:Панахов
Şahbazov:Шахбазов
Qəhrəmanov:Гахраманов,Каграманов
Novruzov:Новрузов
Yusifov:Юсифов,Юсубов
Ələkbərov:Алекперов
Cabbarov:Джаббаров
Qarayev:Караев,Гараев
Səmədov:Самедов
Mehdiyev:Мехтиев,Мехдиев
Əzizov:Азизов
Nəzərov:Назаров
Əmirov:Амиров
Sultanov:Султанов
Hümmətov:Гумметов
Məmişov:Мамишев
Kazımov:Казымов
İsgəndərov:Искендеров
Əhədov:Ахадов
Qafarov:Гафаров
Verdiyev:Вердиев
Rüstəmov:Рустамов
Tahirov:Тахиров
Xanlarov:Ханларов
Aslanov:Асланов
Bünyadov:Буниятов,Буньядов
Eyvazov:Эйвазов
Fərəcov:Фараджев
Hətəmov:Хатамов
İmanov:Иманов
Camalov:Джамалов
Kərəmov:Керамов,Кярамов
Lətifov:Латифов
Maqsudov:Максудов
Nuriyev:Нуриев
Osmanov:Османов
Rəsulov:Расулов
Seyidov:Сеидов
Şirinov:Ширинов
Talıbov:Талыбов
Vəkilov:Векилов
Yaqubov:Ягубов
Zülfüqarov:Зульфугаров
Dadaşov:Дадашев
Qənbərov:Ганбаров
Əşrəfov:Ашрафов
Fətəliyev:Фаталиев
İsayev:Исаев
Ağalarov:Агаларов
Əlizadə:Ализаде
Hüseynzadə:Гусейнзаде
Mirzəzadə:Мирзазаде
Quluzadə:Кулизаде
Həsənli:Гасанлы
Məmmədli:Мамедли
Cəbrayılov:Джабраилов
Mikayılov:Микаилов
Ələsgərov:Алескеров
Bəşirov:Баширов
Hacıyev:Гаджиев
Gözəlov:Гезалов
Qəniyev:Ганиев
Soltanlı:Султанлы
"""


def _parse(block):
    out = []
    seen = set()
    for line in block.strip().splitlines():
        parts = line.split(":")
        az, ru = parts[0], parts[1]
        era = parts[2] if len(parts) > 2 else ""
        if az in seen:  # guard against an accidental repeat
            continue
        seen.add(az)
        out.append((az, ru.split(","), era))
    return out


MALE_T = _parse(MALE)
FEMALE_T = _parse(FEMALE)
SURNAME_T = _parse(SURNAMES)


def weights(n, s=1.0, head=1.0):
    """Zipf weights over rank; `head` adds extra mass to rank 1 (Məmməd...)."""
    w = [1.0 / (r + 1) ** s for r in range(n)]
    w[0] *= head
    t = sum(w)
    return [x / t for x in w]
