"""Russian: triggers and nouns by dictionary form (pymorphy3) or by stem. The acts are in
``ru_acts`` and ``ru_act_phrases``, the words that reject, doubt or replace a figure in ``ru_denials``."""

from __future__ import annotations

from rightsledger.analysis.statements.lexicon import (
    BODY,
    FAMILY,
    GRAVE,
    MODIFIERS_GAP,
    PERSON,
    SITE,
    UNIT,
    Lexicon,
    partitives,
)
from rightsledger.analysis.statements.lexicon import (
    each as _each,
)
from rightsledger.analysis.statements.lexicon.ru_act_phrases import TRIGGERS as _ACT_PHRASES
from rightsledger.analysis.statements.lexicon.ru_acts import LOST_PARTS_RU
from rightsledger.analysis.statements.lexicon.ru_acts import TRIGGERS as _ACTS
from rightsledger.analysis.statements.lexicon.ru_denials import DENIALS

TRIGGERS = {**_ACTS, **_ACT_PHRASES}


def _split(text: str) -> list[str]:
    return text.split()


_PREPOSITIONS = frozenset(_split("в на из под с со без от к по за"))


def _free_order(triggers: dict[str, str], auxiliaries: frozenset[str]) -> dict[str, str]:
    """Russian word order is free: «вышли на свободу» is also «на свободу вышли», and a
    two-word predicate takes its subject between its words («личности 102 из них установлены»,
    «лишили 5 человек жизни»). Each phrase is kept as written and added in those orders, except
    where an auxiliary would come first («стали жертвами» goes on to say of what)."""
    out = dict(triggers)
    for text, value in triggers.items():
        words = text.split()
        if len(words) < 2 or "~" in words or words[0] in {"не", "ни"}:
            continue
        for k in range(1, len(words)):
            if (len(words) == 2 or words[k] in _PREPOSITIONS) and words[k] not in auxiliaries:
                out.setdefault(" ".join(words[k:] + words[:k]), value)
        if len(words) == 2 and words[1] not in _PREPOSITIONS:
            # After a preposition only the noun's modifiers come between («за жестокие
            # пытки»); elsewhere the predicate's subject or object does («лишили 5 человек жизни»).
            gap = MODIFIERS_GAP if words[0] in _PREPOSITIONS else "~"
            out.setdefault(f"{words[0]} {gap} {words[1]}", value)
    return out


NOUNS = {
    **_each(
        "человек житель мирный_житель гражданин лицо гражданский_лицо гражданское_лицо "
        "жертва соотечественник односельчанин сельчанин соплеменник душа азербайджанец "
        # Neighbours, as a witness counts those taken with their own: «забрали шестерых соседей».
        "сосед соседка "
        "мирный_население население_города "
        # A hospital's patients («двое пациентов скончались в реанимации») are persons counted.
        "пациент "
        # Passengers, of whatever vehicle they rode («23 пассажира автобуса»): persons, not the
        # vehicle counted.
        "пассажир пассажирка "
        # Those in an institution's care («40 подопечных дома престарелых», «воспитанники
        # детского дома», «обитатели интерната»): persons, not the building that follows.
        "подопечный подопечная воспитанник воспитанница обитатель обитательница "
        # A building's tenants («двое жильцов соседнего дома»): persons, not the house after.
        "жилец жилица "
        # A congregation's members («задержаны 14 прихожан собора»): persons, not the place of
        # worship after them.
        "прихожанин прихожанка "
        # Who took the hostages are persons, not hostages: «задержаны 7 захватчиков заложников».
        "захватчик",
        PERSON,
    ),
    # A young woman is counted with the women («двух девушек избили»), as a young man is with
    # the men («юноша»).
    **_each("женщина девушка", "subgroup:women"),
    **_each("мужчина юноша", "subgroup:men"),
    **_each("ребенок дети несовершеннолетний младенец подросток малолетний", "subgroup:children"),
    **_each(
        "старик старуха пожилой пожилой_человек престарелый пенсионер старый_человек старейшина",
        "subgroup:elderly",
    ),
    **_each("девочка", "label:girls"),
    **_each("мальчик", "label:boys"),
    # Staff of a newsroom are media workers: «сотрудники независимых редакций».
    **_each(
        "журналист журналистка корреспондент корреспондентка репортер репортёр фотокорреспондент "
        "сотрудник_редакция "
        "сотрудник_~_редакция работник_редакция работник_~_редакция "
        # … and who speak for the media, or work in them: «представители СМИ», «работники
        # средств массовой информации».
        "представитель_сми сотрудник_сми работник_сми медиаработник "
        "представитель_средство_массовый_информация работник_средство_массовый_информация "
        "сотрудник_средство_массовый_информация",
        "label:journalists",
    ),
    # Those who took part in a protest, by the word the text uses.
    # A police report's word for a rally is «мероприятия» (events), «массовые мероприятия»
    # (mass events): those who took part in them are protesters (not «участники конференции»).
    # The event is named by its dictionary form, so any case and number of it is one:
    # «участника акции», «участников акций», «участников публичных мероприятий».
    **_each(
        "протестующ* митингующ* участник_акция участник_протест участник_митинг "
        "участник_мероприятие участник_массовый_мероприятие участник_публичный_мероприятие "
        "участник_акция_протест "
        # … and of a march, a demonstration or a picket by its own word («участников шествия»).
        "участник_шествие участник_марш участник_демонстрация участник_пикет "
        "участник_манифестация "
        # An assembly is a protest as the law names one, peaceful or public («участников
        # мирного собрания»); «участники собрания акционеров» met, no more.
        "участник_мирный_собрание участник_публичный_собрание",
        "label:protesters",
    ),
    **_each("демонстрант*", "label:demonstrators"),
    # Citizens of another state: a free label («31 иностранный гражданин», «иностранцев»).
    **_each("иностранный_гражданин иностранец", "label:foreign nationals"),
    **_each(
        "медик врач медсестра медицинский_работник медработник фельдшер "
        # The crews of ambulances are health workers: «два сотрудника скорой помощи».
        "сотрудник_скорый_помощь сотрудница_скорый_помощь работник_скорый_помощь "
        # … and by their crew («3 сотрудника бригады скорой помощи»).
        "сотрудник_бригада_скорый_помощь сотрудница_бригада_скорый_помощь "
        "работник_бригада_скорый_помощь "
        "сотрудник_~_скорый_медицинский_помощь работник_~_скорый_медицинский_помощь",
        "label:medical workers",
    ),
    **_each(
        "инвалид лицо_с_инвалидностью люди_с_инвалидностью человек_с_инвалидностью "
        "лицо_с_ограниченными_возможностями "
        # Who are in a home's or a ward's care, with a disability said after the place:
        # «подопечных интерната с инвалидностью», «пациентов отделения с инвалидностью».
        "подопечный_~_с_инвалидностью пациент_~_с_инвалидностью житель_~_с_инвалидностью "
        # … or in custody, the disability naming the group and the custody its place:
        # «пятеро осуждённых с инвалидностью», «заключённые колонии с инвалидностью».
        "заключенн*_~_с_инвалидностью осужденн*_~_с_инвалидностью задержанн*_~_с_инвалидностью",
        "label:persons with disabilities",
    ),
    **_each("беременный_женщина беременная_женщина", "label:pregnant women"),
    **_each("военнослужащий солдат военный боец комбатант", "label:servicemen"),
    # A country's defenders are its soldiers («тела 56 погибших защитников»); the defender of
    # an accused is the counsel (a lawyer, below), and one counsel speaks in court
    # («Защитник: Сколько из них вернулись?»): the forms of a count only, not the singular.
    **_each("защитники защитников защитникам защитниками защитниках защитника", "label:servicemen"),
    # The riot and road police are police («двое сотрудников ОМОНа», «трое омоновцев»).
    **_each(
        "полицейский милиционер сотрудник_полиции омоновец сотрудник_омона сотрудник_омон "
        "сотрудник_дпс инспектор_дпс "
        # Women officers, and officers of a branch named between («три сотрудницы транспортной
        # полиции», «сотрудник дорожной полиции»).
        "сотрудница_полиции "
        + " ".join(
            f"{officer}_{branch}_полиция"
            for officer in ("сотрудник", "сотрудница")
            for branch in ("транспортный", "патрульный", "дорожный", "муниципальный", "местный")
        ),
        "label:police officers",
    ),
    # Occupations statements name as the victims' group: a free label, as journalists are.
    **_each("шахтёр шахтер горняк", "label:miners"),
    **_each("пограничник", "label:border guards"),
    # … and the staff who teach by the law's word for them («11 педагогических работников»).
    **_each("учитель педагог педагогический_работник", "label:teachers"),
    # Who work at a school but are not said to teach: a free label of their own («трое
    # сотрудников лицея»; its pupils are children).
    **_each(
        " ".join(
            f"{worker}_{school}"
            for worker in ("сотрудник", "сотрудница", "работник", "работница")
            for school in ("школа", "гимназия", "лицей")
        ),
        "label:school staff",
    ),
    # Those who clear mines and those who crew a ship or aircraft: free labels.
    **_each("сапёр сапер минёр минер разминировщик", "label:deminers"),
    **_each("член_экипажа член_экипаж", "label:crew members"),
    **_each("студент студентка", "label:students"),
    **_each("наблюдатель наблюдательница", "label:observers"),
    # Pupils of a school are children, whatever the school calls them.
    **_each("школьник школьница учащ* обучающ* ученик ученица", "subgroup:children"),
    **_each("волонтёр волонтер доброволец", "label:volunteers"),
    **_each("рыбак", "label:fishermen"),
    # Firefighters, as "yanğınsöndürən" and "firefighters" are labelled («один пожарный»);
    # the adjective before the crews and engines sent out counts no one («выехали 9
    # пожарных расчётов», «40 пожарных машин»).
    **_each("пожарный пожарник пожарная", "label:firefighters"),
    **_each(
        "пожарный_расчёт пожарный_расчет пожарный_машина пожарный_автомобиль "
        "пожарный_команда пожарный_часть пожарный_бригада",
        UNIT,
    ),
    **_each("водитель шофёр шофер", "label:drivers"),
    # … who drive an ambulance are named by it («водителей скорой помощи»), not counted as
    # its medical crew.
    **_each(
        "водитель_скорый_помощь водитель_машина_скорый_помощь водитель_скорый_медицинский_помощь",
        "label:ambulance drivers",
    ),
    **_each("правозащитник правозащитница", "label:human rights defenders"),
    # Activists, a free label («двое наших активистов»; women activists are counted as
    # women, «две активистки»).
    **_each("активист", "label:activists"),
    # Advocates who defend the accused, as "vəkil" is: «задержаны трое адвокатов».
    **_each(
        "адвокат адвокатка адвокатесса "
        + " ".join(
            f"защитник_{whom}*"
            for whom in ("подсудим", "обвиняем", "подозреваем", "задержанн", "осужд", "арестованн")
        ),
        "label:lawyers",
    ),
    **_each(
        "сотрудник_колонии сотрудник_тюрьмы сотрудник_сизо надзиратель тюремный_охранник "
        "сотрудник_изолятора сотрудник_ивс сотрудник_исправительной_колонии",
        "label:prison staff",
    ),
    **_each("семья", FAMILY),
    # A village counts its homes by homestead: «сожжены 140 дворов».
    **_each("дом жилой_дом жилище квартира домовладение двор подворье", "property:homes"),
    **_each("школа", "property:schools"),
    # Schools, kindergartens and colleges counted together: the text's own broader kind,
    # also by their buildings («412 зданий образовательных организаций»).
    **_each(
        "образовательный_учреждение образовательный_организация учебный_заведение "
        "здание_образовательный_учреждение здание_образовательный_организация "
        "здание_учебный_заведение",
        "property:educational institutions",
    ),
    **_each("детский_сад", "property:kindergartens"),
    # A block of flats is counted apart from the houses: «многоквартирных жилых домов — 14».
    **_each("многоквартирный_дом многоквартирный_жилой_дом", "property:apartment buildings"),
    # Tents and cabins of a camp are shelters, not homes: «сгорели 23 палатки».
    **_each("палатка вагончик", "property:shelters"),
    # What imagery counts: built structures of any use («из 860 строений уничтожено 291»).
    **_each("строение постройка", "property:structures"),
    **_each("больница госпиталь", "property:hospitals"),
    # A health facility may be a hospital or a first-aid post: the broader kind, kept as named.
    # A polyclinic or outpatient clinic treats outpatients: a health facility, not a hospital.
    **_each(
        "медицинский_учреждение медучреждение поликлиника амбулатория",
        "property:health facilities",
    ),
    **_each(
        "мечеть церковь храм место_поклонения святыня синагога часовня собор костёл костел "
        "монастырь молельный_дом молитвенный_дом",
        "property:places of worship",
    ),
    **_each("памятник музей библиотека театр", "property:cultural sites"),
    **_each("здание", "property:buildings"),
    **_each("мост", "property:bridges"),
    **_each("торговый_павильон павильон ларёк ларек киоск", "property:market stalls"),
    **_each("село деревня населен*_пункт поселок", "property:settlements"),
    **_each(
        "массовый_захоронение захоронение братский_могила могила место_захоронения "
        # … in any case and number, by dictionary forms: «из 12 мест захоронений».
        "место_захоронение",
        GRAVE,
    ),
    # Bones found are remains found: «в колодце найдены кости семи человек».
    **_each("тело останки труп кость скелет", BODY),
    # Trenches, ditches and pits are sites: burial sites where the dead lie in them
    # («обнаружены два рва, где покоятся останки»), not where they were dug for defence.
    # The dictionary gives «ям» for «ямы».
    **_each("место участок ров траншея яма ям", SITE),
    **_each("заложник пленный военнопленный пленник", "implied:captured"),
    **_each(
        "задержанный заключённ* заключенн* осуждённ* осужденн* узник* арестант*",
        "implied:detained",
    ),
    **_each(
        # Those burnt out of their homes («погорельцы») have lost them, as refugees have.
        "беженец вынужденный_переселенец переселенец перемещенный_лицо эвакуированный погорелец "
        # Come from where the fighting is («лица, прибывшие из зоны вооружённого конфликта»,
        # «прибывших из зоны боевых действий»): they fled it.
        "прибыть_из_зона_вооруженный_конфликт прибыть_из_зона_конфликт "
        "прибыть_из_зона_боевой_действие",
        "implied:displaced",
    ),
    **_each("погибший убитый", "implied:killed"),
    **_each("раненый", "implied:injured"),
    **_each("пропавший_без_вести", "implied:missing"),
    **_each(
        "час день сутки неделя месяц год минута километр км метр процент % гектар тонна "
        "доллар рубль манат евро фунт крона лира франк гривна лари динар песо рупия "
        "раз век десятилетие период снаряд ракета танк летний часовой "
        "квадратный г "
        # Weapons and vehicles are things: «две ракеты попали», «сожжены три автомобиля».
        "бомба беспилотник дрон граната мина автомобиль машина автобус грузовик "
        "бронетранспортёр бронетранспортер вертолёт вертолет самолёт самолет катер "
        # Animals are not the persons statements count: «погибли 300 овец».
        "овца корова коза лошадь скот животное свинья "
        # Papers are counted, not persons.
        "документ досье жалоба заявление обращение ходатайство письмо запрос сообщение "
        # … and the calls a hotline takes: «поступило 1 530 звонков».
        "звонок "
        # … and so are the archives that keep them: «по материалам 12 архивов».
        "архив "
        # … and so are the posts where something is received or handed out: «в любом из 9
        # пунктов приёма», «12 пунктов обогрева» are places, not persons.
        "пункт "
        # Case files: «расследует 318 уголовных дел о насильственных исчезновениях».
        "уголовный_дело дело фотография снимок "
        # What monitors did is counted too, not persons: «43 визита», «230 интервью».
        "визит посещение интервью поездка "
        # Estimates and versions of a toll are counted, not persons: «две оценки числа
        # погибших расходятся».
        "оценка версия подсчёт подсчет "
        # Samples are taken from persons, not persons: «310 образцов ДНК».
        "образец проба "
        # Formations are counted, not their men: «по эшелону с личным составом двух
        # батальонов», «три роты отошли».
        "батальон полк рота взвод бригада дивизия эшелон",
        UNIT,
    ),
}

# Not «многие», «немало»: more than a few, and no order of magnitude (as "many").
VAGUE = _each(
    "десятки сотни тысячи десятки_тысяч сотни_тысяч несколько несколько_десятков "
    "несколько_сотен несколько_тысяч "
    "большое_количество значительное_число ряд десятков сотен тысяч_людей "
    # The other cases of the plural: «о сотнях задержанных», «с тысячами беженцев».
    "десятках сотнях тысячах десятками сотнями тысячами десяткам сотням тысячам",
    "vague",
)

ZERO = _each("никто ни_один ни_одного ни_одна ни_одной ни_одно ни_единого", "zero")
# «Обошлось без погибших», «без жертв и раненых»: without any of those the act names (only
# before a word of an act: «без суда», «без вести» are no count).
ZERO |= _each("без", "zero")

QUALIFIERS_BEFORE = {
    **_each(
        "не_менее не_меньше по_меньшей_мере по_крайней_мере как_минимум минимум более "
        "больше свыше более_чем не_менее_чем чуть_более чуть_больше превысил* превыша* "
        "перевалил*_за",
        "at_least",
    ),
    **_each("не_более не_больше до менее меньше максимум не_более_чем менее_чем", "at_most"),
    # Does not exceed: «их число не превышает пяти», «не превысило 40».
    **_each("не_превыша* не_превысил* не_превысит", "at_most"),
    # What a toll may reach bounds it from above: «реальное число погибших может достигать 30»,
    # «могло достичь сотни» (a toll that reached a number, «достигло 30», is that number).
    **_each("может_дости* могут_дости* могло_дости* могла_дости* мог_дости*", "at_most"),
    **_each(
        "около примерно приблизительно порядка почти где-то ориентировочно предположительно "
        "почти_что по_оценкам свыше_примерно без_малого едва_ли_не",
        "about",
    ),
    # A number said to be estimated is about that number: «их число оценивается в 40 тысяч»,
    # «ущерб оценён в…» (no count of persons is read from a sum of money anyway).
    **_each("оценива*_в оценен*_в оценён*_в", "about"),
}
QUALIFIERS_AFTER = {
    **_each("с_лишним и_более или_более и_больше +", "at_least"),
    # A little over the number: «семьдесят с чем-то», «70 с небольшим».
    **_each("с_чем_-_то с_небольшим", "at_least"),
    # An estimate said in a parenthesis after the number: «1 275 400 (оценка)».
    **_each("(_оценка_) (_по_оценке_) (_по_оценкам_) (_оценочно_) (_ориентировочно_)", "about"),
}

NEST_BEFORE = _each(
    "в_том_числе в_т_._ч_. в_т_.ч_. из_них среди_них среди_которых из_которых включая в_числе_которых "
    "в_частности среди_взрослых среди_погибших среди_убитых среди_раненых среди_пленных среди_заложников "
    "среди_пропавших среди_жертв из_числа_погибших в_их_числе среди_этих из_этого_числа "
    # The number just given, called "the said", as official letters say it: «Из указанного
    # числа 40 человек освобождены».
    "из_указанного_числа из_названного_числа из_данного_числа "
    "из_общего_числа_погибших среди_погиб* среди_убит* среди_ранен* среди_пострадавш* "
    "среди_задержан* среди_освобожд* среди_похищен* среди_пленн* среди_заложник* "
    "среди_пропавш* среди_жертв* среди_арестован* среди_опознан* "
    # The whole's preposition said again before the part: «свидетельства о 140 заключённых,
    # в том числе о 20 женщинах», «травмы у 40 человек, в том числе у пятерых детей».
    "в_том_числе_о в_том_числе_об в_том_числе_у в_том_числе_от в_том_числе_для "
    "в_том_числе_к в_том_числе_с включая_о включая_у "
    # «в числе погибших», "among the dead" as «среди погибших» says it.
    "в_числе_погиб* в_числе_убит* в_числе_ранен* в_числе_пострадавш* в_числе_задержан* "
    "в_числе_освобожд* в_числе_похищен* в_числе_пленн* в_числе_пропавш* в_числе_жертв* "
    # The persons counted, named again: «Из этих людей 611 найдены живыми».
    "из_этих_людей из_этих_лиц среди_этих_людей среди_этих_лиц "
    # The latter, the count named last: «1 036 гражданских лиц; среди последних — 94 ребёнка».
    "среди_последних из_последних в_том_числе_последних "
    # The remains found, named as the whole: «Из извлечённых останков опознаны 15».
    "из_останков из_~_останков из_тел из_~_тел среди_останков среди_~_останков среди_тел",
    "nest",
)
NEST_AFTER = _each(
    "из_них из_которых из_жертв из_числа_жертв из_нас "
    # The figure before named as a number: «287 человек из этого числа найдены погибшими».
    "из_этого_числа из_их_числа из_общего_числа из_указанного_числа из_названного_числа "
    "из_данного_числа "
    # Cases counted, named again with a demonstrative after the part: «В 142 из этих случаев
    # задержание проводила полиция», as «из них» would say.
    "из_этих_случаев из_указанных_случаев из_данных_случаев из_названных_случаев",
    "nest",
)
# «Трое из удерживаемых», «среди содержавшихся»: the held, in participles the one-word
# triggers do not give (present passive, reflexive past).
NEST_AFTER |= _each(
    "из_удерживаем* среди_удерживаем* из_содержавш* среди_содержавш* из_депортирован* "
    # The sought, in the present passive too: «1 200 человек из числа разыскиваемых».
    "из_разыскиваем* из_числа_разыскиваем* среди_разыскиваем* "
    # The released, whose stem «освобожд*» ends as no participle does: «трое из освобождённых».
    "из_освобожд* из_числа_освобожд* из_отпущенн* "
    # The dead, whose trigger «умер*» ends as no participle does: «из числа умерших девять
    # человек покончили с собой», «трое из скончавшихся».
    "из_умерш* из_числа_умерш* из_скончавш* из_числа_скончавш* "
    # The brought in, whose act («доставлены в отделы полиции», «… в больницу») is named
    # only with where to: of the figure before, whatever its act («Среди доставленных — 6
    # журналистов»). So are the admitted, whose act («в больницу поступили 58 человек») is
    # named with where to as well («Среди поступивших — 3 фельдшера»).
    "из_доставленн* из_числа_доставленн* из_поступивш* из_числа_поступивш* "
    # … named with their fate after the participle («трое из доставленных раненых умерли»):
    # the whole, not the part's fate.
    + " ".join(
        f"{of}_{brought}_{fate}"
        for of in ("из", "из_числа")
        for brought in ("доставленн*", "поступивш*")
        for fate in ("ранен*", "пострадавш*", "травмированн*")
    ),
    "nest",
)
NEST_BEFORE |= _each(
    "среди_умерш* в_числе_умерш* из_числа_умерш* среди_скончавш* "
    "среди_разыскиваем* из_числа_разыскиваем* среди_доставленн* из_числа_доставленн* "
    "среди_поступивш* из_числа_поступивш*",
    "nest",
)
# «Пятеро из задержанных», «Среди вынужденных переселенцев — 400 детей»: participles of the
# triggers (stems, or in -ш-/-нн-/-т-, reflexive ones in the plural written out: «из
# вернувшихся») and the nouns that imply a category.
_PARTICIPLE = r"(?:ш|н|т|ый|ий|шиеся|шихся|шимся|шимися)$"
NEST_AFTER |= partitives(("из", "из числа", "среди"), TRIGGERS, NOUNS, _PARTICIPLE)
NEST_BEFORE |= partitives(("среди", "из числа"), TRIGGERS, NOUNS, _PARTICIPLE)
# … and by the participle of «подвергаться» with what was done to them («у 11 из числа
# подвергавшихся избиениям — переломы»: of those beaten), which no one word says.
_SUBJECTED = " ".join(
    f"{prefix}_{participle}_{what}"
    for prefix in ("из", "из_числа", "среди")
    for participle in ("подвергавш*", "подвергш*")
    for what in ("избиениям", "пыткам", "жестокому_обращению", "насилию")
)
NEST_AFTER |= _each(_SUBJECTED, "nest")
NEST_BEFORE |= _each(_SUBJECTED, "nest")

REFERENCES = _each(
    "статья статьи статье статей ст пункт пункта пп п часть части ч страница страницы "
    "стр резолюция резолюции № глава главы раздел протокол приложение том блок корпус "
    "камера палата "
    # The counts of a charge: «оправдан по эпизоду 4».
    "эпизод эпизода эпизоду эпизоды эпизодам",
    "reference",
)
AGES = _each("в_возрасте возрастом младше моложе старше до_достижения", "age")

GAP_WORDS = frozenset(
    _split(
        "были был было была будут не также еще уже затем позже впоследствии все всего "
        "по-прежнему до_сих_пор считаются числятся являются остаются остались оказались "
        # Where a part was found is a copula after «среди …» as «были» is: «Среди задержанных
        # находились трое подростков» counts a part of the detained.
        "находились "
        "зверски жестоко тяжело легко полностью бесследно насильственно которые который "
        "которых что ими их получили стали вскоре сразу позднее официально"
    )
)
TRIGGERS = _free_order(TRIGGERS, GAP_WORDS)
STOP_WORDS = frozenset(_split("и или а но в на из с со по от до за к у о об при для"))
# Conjunctions are single tokens: «а также» is «а» then «также» (which alone adds an item too).
CONJUNCTIONS = frozenset(["и", "или", ",", "также", "а"])

LEXICON = Lexicon(
    language="ru",
    triggers=TRIGGERS,
    nouns=NOUNS,
    vague=VAGUE,
    zero=ZERO,
    qualifiers_before=QUALIFIERS_BEFORE,
    qualifiers_after=QUALIFIERS_AFTER,
    nest_before=NEST_BEFORE,
    nest_after=NEST_AFTER,
    references=REFERENCES,
    gap_words=GAP_WORDS,
    stop_words=STOP_WORDS,
    conjunctions=CONJUNCTIONS,
    negations=frozenset({"не", "нет", "ни"}),
    ages=AGES,
    denials=DENIALS,
    # By stem: «заключённых», «осуждённым», «узники».
    inmates=_each("заключённ* заключенн* осуждённ* осужденн* узник*", "inmate"),
    penal_institutions=_each(
        "тюрьм* тюрем* колони* исправительн* пенитенциарн* сизо следственн*_изолятор*",
        "prison",
    ),
    coordinators=frozenset({"и", "но", "а", "однако", "тогда_как"}),
    reporting=_each(
        "сказать заявить сообщить добавить подтвердить утверждать считать оценивать по_словам "
        # «по его словам», «по словам очевидцев»: whose words, between or after.
        "по_его_словам по_её_словам по_ее_словам по_их_словам "
        "назвать называть признать признавать говорить "
        # Voiced, claimed, reported: «озвучил цифру», «правозащитники приводят 11».
        "озвучить озвучивать приводить привести сообщать заявлять "
        "по_данным по_сведениям по_информации "
        # Findings of an examination: «экспертиза установила, что …», «анализ показал».
        "установить_,_что показать_,_что выяснить_,_что установить_что показать_что выяснить_что "
        "по_результатам по_заключению",
        "reporting",
    ),
    circumstances=frozenset(
        {
            "в плену",
            "под стражей",
            "в заложниках",
            "мест* лишения свободы",
            "под завалами",
            "в руках похитител*",
            "в руках боевик*",
            "в руках ~ боевик*",
            "в руках противник*",
        }
    ),
    fates=frozenset({"судьба", "судьбе", "судьбы", "судьбу", "местонахождение", "местонахождения"}),
    severities=_each(
        "госпитализирован* госпитализировал* потребовалась_госпитализация "
        "нуждал*_в_госпитализации доставлен*_в_больниц* доставлен*_в_~_больниц* в_тяжёлом_состоянии "
        "доставили_в_больниц* доставили_в_~_больниц* "
        "в_тяжелом_состоянии в_критическом_состоянии в_крайне_тяжёлом_состоянии "
        "в_крайне_тяжелом_состоянии амбулаторн*_помощ* амбулаторн*_лечени* "
        "оценивается_как_тяжёлое оценивается_как_тяжелое оценивается_как_критическое "
        "оценивается_как_крайне_тяжёлое оценивается_как_крайне_тяжелое "
        "нуждаются_в_госпитализации нуждается_в_госпитализации в_стационарном_лечении "
        "на_стационарном_лечении "
        # In intensive care, as English "in intensive care": «девять раненых находятся в
        # реанимации» (not «скончались в реанимации», a death, whose fate is no harm).
        "в_реанимации в_реанимацию в_отделении_реанимации в_отделение_реанимации "
        "реанимации_и_интенсивной_терапии "
        # A named injury is a degree of being hurt: «15 обратились к врачам, у двоих переломы»;
        # so is a limb lost or cut off (``ru_acts``: «девять раненых перенесли ампутацию»).
        "переломы переломов переломами получил*_перелом* "
        "перенес*_ампутаци* перенёс*_ампутаци* ампутирован* "
        "лишил*_~_конечност* потерял*_~_конечност* " + LOST_PARTS_RU,
        "severity",
    ),
)
