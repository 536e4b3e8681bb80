"""Hand-made Armenian name tables: ARMENIAN : RUSSIAN[,ALT] : ENGLISH.

Armenian persons are a small share of the population (Sumgait, Baku 1990,
Maragha, Getashen, soldiers and civilians of the other side). Russian forms
follow Soviet practice (Оганесян for Hovhannisyan, Айк for Hayk, Ваан for
Vahan) which is exactly why the English and Armenian forms differ so much.
"""

MALE = """
Արմեն:Армен:Armen
Սուրեն:Сурен:Suren
Աշոտ:Ашот:Ashot
Արթուր:Артур:Artur
Վարդան:Вардан:Vardan
Հովհաննես:Оганес,Ованес:Hovhannes
Գրիգոր:Григор,Григорий:Grigor
Սերգեյ:Сергей:Sergey
Կարեն:Карен:Karen
Սամվել:Самвел:Samvel
Գագիկ:Гагик:Gagik
Ռաֆիկ:Рафик:Rafik
Հրանտ:Грант,Рант:Hrant
Վահան:Ваан,Вааг:Vahan
Արամ:Арам:Aram
Արսեն:Арсен:Arsen
Ռոբերտ:Роберт:Robert
Կամո:Камо:Kamo
Գևորգ:Геворг,Геворк:Gevorg
Հայկ:Айк:Hayk
Տիգրան:Тигран:Tigran
Մհեր:Мгер:Mher
Սարգիս:Саркис:Sargis
Վաչագան:Вачаган:Vachagan
Ալբերտ:Альберт:Albert
Էդուարդ:Эдуард:Eduard
Յուրի:Юрий:Yuri
Վլադիմիր:Владимир:Vladimir
Մարտին:Мартин:Martin
Համլետ:Гамлет:Hamlet
Լևոն:Левон:Levon
Ժորա:Жора:Zhora
Մանվել:Манвел:Manvel
Վազգեն:Вазген:Vazgen
Հակոբ:Акоп:Hakob
Պետրոս:Петрос:Petros
Մկրտիչ:Мкртич:Mkrtich
Ռուբեն:Рубен:Ruben
Նորայր:Норайр:Norayr
Սեյրան:Сейран:Seyran
Ավետիք:Аветик:Avetik
Խաչատուր:Хачатур:Khachatur
Գառնիկ:Гарник:Garnik
Արշակ:Аршак:Arshak
Վալերի:Валерий:Valeri
Ստեփան:Степан:Stepan
Միքայել:Микаел:Mikayel
Երվանդ:Ерванд:Yervand
Սլավիկ:Славик:Slavik
Ռազմիկ:Размик:Razmik
"""

FEMALE = """
Անահիտ:Анаит:Anahit
Գայանե:Гаянэ,Гаяне:Gayane
Լուսինե:Лусине:Lusine
Մարինե:Марине:Marine
Նարինե:Нарине:Narine
Սուսաննա:Сусанна:Susanna
Ռուզաննա:Рузанна:Ruzanna
Արմինե:Армине:Armine
Հասմիկ:Асмик:Hasmik
Կարինե:Карине:Karine
Ասյա:Ася:Asya
Ժաննա:Жанна:Zhanna
Սիրանուշ:Сирануш:Siranush
Աննա:Анна:Anna
Մարիամ:Мариам:Mariam
Լիլիթ:Лилит:Lilit
Ռիմա:Рима:Rima
Էմմա:Эмма:Emma
Սվետլանա:Светлана:Svetlana
Նունե:Нунэ:Nune
Զարուհի:Заруи:Zaruhi
Արուս:Арус:Arus
Վարդուհի:Вардуи:Varduhi
Հռիփսիմե:Рипсиме:Hripsime
Շողեր:Шогер:Shogher
Ալվարդ:Алвард:Alvard
Թամարա:Тамара:Tamara
Նվարդ:Нвард:Nvard
Աստղիկ:Астхик:Astghik
Մարգարիտա:Маргарита:Margarita
"""

SURNAMES = """
Հովհաննիսյան:Оганесян,Ованесян:Hovhannisyan
Պետրոսյան:Петросян:Petrosyan
Գրիգորյան:Григорян:Grigoryan
Սարգսյան:Саркисян:Sargsyan
Հարությունյան:Арутюнян:Harutyunyan
Ավետիսյան:Аветисян:Avetisyan
Խաչատրյան:Хачатрян:Khachatryan
Բաղդասարյան:Багдасарян:Baghdasaryan
Մկրտչյան:Мкртчян:Mkrtchyan
Դանիելյան:Даниелян:Danielyan
Ղազարյան:Казарян,Газарян:Ghazaryan
Աբրահամյան:Абрамян:Abrahamyan
Առաքելյան:Аракелян:Arakelyan
Բաբայան:Бабаян:Babayan
Գասպարյան:Гаспарян:Gasparyan
Հակոբյան:Акопян:Hakobyan
Մարտիրոսյան:Мартиросян:Martirosyan
Ստեփանյան:Степанян:Stepanyan
Մովսիսյան:Мовсисян:Movsisyan
Սիմոնյան:Симонян:Simonyan
Ալեքսանյան:Алексанян:Aleksanyan
Եղիազարյան:Егиазарян:Yeghiazaryan
Զաքարյան:Закарян:Zakaryan
Թադևոսյան:Тадевосян:Tadevosyan
Կարապետյան:Карапетян:Karapetyan
Մելքոնյան:Мелконян:Melkonyan
Ներսիսյան:Нерсисян:Nersisyan
Շահվերդյան:Шахвердян:Shahverdyan
Վարդանյան:Варданян:Vardanyan
Ղուկասյան:Гукасян:Ghukasyan
Բալայան:Балаян:Balayan
Աղաջանյան:Агаджанян:Aghajanyan
Ադամյան:Адамян:Adamyan
Մանուկյան:Манукян:Manukyan
Սահակյան:Саакян:Sahakyan
Գևորգյան:Геворкян:Gevorgyan
Հայրապետյան:Айрапетян:Hayrapetyan
Մուսայելյան:Мусаелян:Musayelyan
Ուլուբաբյան:Улубабян:Ulubabyan
Բեգլարյան:Бегларян:Beglaryan
Առուստամյան:Арустамян:Arustamyan
Ավանեսյան:Аванесян:Avanesyan
Իսրայելյան:Исраелян:Israyelyan
Մանասյան:Манасян:Manasyan
Օհանյան:Оганян:Ohanyan
Պողոսյան:Погосян:Poghosyan
Մինասյան:Минасян:Minasyan
Ասատրյան:Асатрян:Asatryan
Թովմասյան:Товмасян,Томасян:Tovmasyan
Դավթյան:Давтян:Davtyan
Ավագյան:Авакян:Avagyan
Հովսեփյան:Овсепян:Hovsepyan
"""


def _parse(block):
    out = []
    for line in block.strip().splitlines():
        hy, ru, en = line.split(":")
        out.append((hy, ru.split(","), en))
    return out


MALE_T = _parse(MALE)
FEMALE_T = _parse(FEMALE)
SURNAME_T = _parse(SURNAMES)
