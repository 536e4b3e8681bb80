"""Name tables, written from general knowledge.

Azerbaijani names are stored in Azerbaijani Latin (canonical), Armenian names
in Armenian script (canonical).  Order is roughly by commonness; sampling uses
a Zipf-like skew over the position, so the first names are much more frequent.
"""


def _uniq(text):
    seen = {}
    for w in text.split():
        if w not in seen:
            seen[w] = None
    return list(seen)


AZ_MALE = _uniq("""
Əli Məmməd Həsən Hüseyn Elçin Rəşad Vüqar Elnur Orxan Tural Ramil Kamran Elşən
Anar Samir Ruslan Fuad Rövşən Mübariz Vasif Natiq Şahin Cavid Nicat Murad Rauf
Rafiq Tofiq Vaqif Arif Aydın Elxan Etibar İlham Rasim Yaşar Zaur Emil Nurlan
Ceyhun Elvin Ramiz Namiq Fikrət Fərid Səbuhi Qasım İbrahim İsmayıl Kamal Kərim
Rəhim Rza Musa İsa Yusif Yaqub Abbas Cəfər Bayram Novruz Qurban Oruc Sadıq Səməd
Əhməd Mahmud Mehdi Heydər Hacı Qulu Vəli Nağı Tağı Zakir Zahid Zöhrab Sabir
Salman Səlim Şamil Telman Tahir Talıb Vidadi Valeh Xaləddin Xəlil Xanlar Yavər
Ziya Zülfüqar Əziz Əkbər Əsgər Əlövsət Ələkbər Əliağa Əlisa Əmir Ənvər Ərəstun
Adil Akif Allahverdi Alim Asif Azər Bəhruz Bəxtiyar Cabbar Camal Cəlal Cümşüd
Dünyamalı Eldar Eldəniz Elman Elmar Elmir Emin Faiq Famil Fazil Fəxrəddin Fərhad
Firudin Gündüz Habil Hafiz Hikmət Hümbət İlqar İmran İntiqam İsrafil Kamil Kənan
Lətif Mais Malik Mirzə Mikayıl Mirəli Nadir Nazim Nəsib Nəriman Nurəddin Nüsrət
Oqtay Pərviz Polad Qabil Qafar Qəmbər Qələndər Qiyas Rahib Ravil Rəsul Rüstəm
Sahib Saleh Seymur Sərdar Sənan Sübhan Şahmar Şakir Şükür Teymur Tərlan Ülvi
Vahid Vüsal Xəyyam Yadigar Yunis Zamin Zaman Ağa Bəhram Bəylər Dilavər Eyvaz
Fərman Gülağa Hümmət Xanış Xasay İmamverdi Mahir Nofəl Pənah Sərvər Şahlar
Tapdıq Tələt Tarverdi Vəkil Yolçu Zeynal Zabit Cəmil Cavanşir Əfqan Aqil Aslan
Babək Bəşir Dəyanət Elşad Əjdər Həbib Hilal Kazım Məhəmməd Mənsur Mətləb
Miryusif Nəbi Qədir Rəhman Salah Sultan Şəmsi Şirzad Tariyel Vəzir Yəhya Zülfü
Məhərrəm Süleyman Mustafa Səfər Bağır Bədəl Cavad Dadaş Fərəc Paşa Həşim Hətəm
Qəhrəman Həmid Əsəd Əhəd Fətəli Fərzəli İsgəndər İman Manaf Mansur Nəcəf Nuri
Osman Şahbaz Şahverdi Vahab Xudu Ağakişi Alməmməd Axund Cəbrayıl Mövsüm Qara
Qaraş Rəfi Şərif Ziyad Əfəndi Məlik Şıxəli Tanrıverdi Yunus Abdulla Əlixan Qoca
Sərxan Elməddin Fəxri Gəray Hidayət İlyas İslam Kamandar Lətif Mehman Nizami
Nemət Ramazan Rüfət Sakit Səxavət Şahvələd Tacəddin Vilayət Xəqani Zeynalabdin
""")

AZ_FEMALE = _uniq("""
Aynur Günel Səbinə Leyla Nərgiz Aygün Könül Gülnarə Sevinc Nigar Ülviyyə Lalə
Xədicə Fatimə Zəhra Zeynəb Məryəm Aysel Aytən Nərmin Gülər Şəhla Tamilla Rəna
Ruhiyyə Sara Səkinə Solmaz Sona Tükəzban Validə Xanım Yeganə Zərifə Zümrüd Afaq
Almaz Arzu Bahar Bəsti Dilarə Dilbər Elmira Elnarə Esmira Firəngiz Fidan Gülbəniz
Gülçin Gülşən Gülya Gülxanım Gövhər Həcər Humay İradə Jalə Kəmalə Kifayət Lətifə
Mehriban Minayə Nabat Nailə Nazlı Nəzakət Nübar Pərvin Pəri Rəhilə Reyhan Röya
Sariyyə Sədaqət Səadət Sevda Şərqiyyə Şövkət Təranə Tutu Ulduz Vəfa Vüsalə Xatirə
Yasəmən Zemfira Zərintac Ziba Zöhrə Əminə Əsmər Afət Asya Aidə Bikə Cəmilə
Dürdanə Dünya Elza Fəridə Gülarə Gülsüm Hökümə Hürü Xavər Xuraman Xumar İlahə
Kübra Mələk Məleykə Minə Müşkünaz Nanə Nüşabə Qızbəs Qönçə Rübabə Sənubər Səlimə
Sürəyya Şəfiqə Şəkər Şərafət Tahirə Telli Turan Zivər Zülfiyyə Bəyimxanım
Gülbahar Məhbubə Nəsibə Pakizə Rəfiqə Səltənət Zəminə Ağca Badam Bənövşə Çiçək
Durna Gülzar Hicran Kəklik Maral Nuranə Qumru Sədəf Tamara Zarema Ofelya Ceyran
""")

# Azerbaijani surnames, masculine, in Azerbaijani Latin.
AZ_SURNAMES = _uniq("""
Məmmədov Əliyev Həsənov Hüseynov Quliyev Abbasov Cəfərov Rəhimov Kərimov
İsmayılov İbrahimov Qasımov Bayramov Mustafayev Səfərov Rzayev Musayev Süleymanov
Əhmədov Hacıyev Nəsirov Vəliyev Babayev Orucov Novruzov Qurbanov Sadıqov
Məhərrəmov Əsgərov Əzizov Əkbərov Salmanov Hümbətov Cabbarov Nağıyev Tağıyev
Ağayev Allahverdiyev Bağırov Bədəlov Cavadov Cəlilov Dadaşov Eyvazov Fərəcov
Heydərov Xəlilov Kazımov Mehdiyev Mirzəyev Nəbiyev Paşayev Qafarov Qədirov
Rüstəmov Salahov Şükürov Tahirov Vəzirov Yusifov Zeynalov Zahidov Həşimov Hətəmov
Hümmətov Qəmbərov Məmmədli Əlizadə Hüseynzadə Quluzadə Məmmədzadə Hacıbəyli
Vəkilov Qəhrəmanov Həmidov Həbibov Əsədov Bəşirov Bünyadov Cahangirov Çobanov
Əhədov Ələkbərov Əmirov Ələsgərov Fətəliyev Fərzəliyev İsgəndərov İmanov Kərimli
Lətifov Mahmudov Manafov Mansurov Mikayılov Muradov Nadirov Nəcəfov Nuriyev
Osmanov Pənahov Rəsulov Sultanov Şahbazov Şahverdiyev Talıbov Teymurov Vahabov
Xudiyev Yaqubov Zülfüqarov Ağakişiyev Alməmmədov Aslanov Axundov Bayramlı
Bəylərov Cəbrayılov Əhmədli Fərhadov Hacızadə Həsənli Hüseynli Kazımlı Mövsümov
Nəsibov Novruzlu Qasımlı Qarayev Qaraşov Rəfiyev Səmədov Səlimov Şərifov
Tağızadə Valehov Xanlarov Yolçuyev Ziyadov Zamanov Əfəndiyev Məlikov Mirzəzadə
Rəhimli Salayev Sərdarov Şıxəliyev Şahmarov Tanrıverdiyev Tapdıqov İsayev
Yunusov Əhmədzadə Kazımzadə Abdullayev Abbaslı Ağazadə Məhərrəmli Nağızadə
Hümbətli Əlixanov Qocayev Bəkirov Eminov Fərzəliyev Hacıyev Həsənzadə İlyasov
Kamalov Kərəmov Məhərrəmzadə Mirzəyev Nəzərov Nurullayev Orucəliyev Piriyev
Qənbərov Rəsulzadə Sadıqlı Səttarov Şəfiyev Tağıyev Vəlizadə Xəlilli Yəhyayev
Zeynallı Ələkbərli Əsədullayev Allahyarov Aslanlı Babayev Bağırzadə Cəfərli
Eyvazlı Heydərli İbrahimli Kərimzadə Mehdizadə Musazadə Nəbizadə Quliyev Rzazadə
Sultanlı Şirinov Talıblı Vəliyev Yusifli Zöhrabov Ağamirov Bəxtiyarov Camalov
Dəmirov Elçiyev Fikrətov Hidayətov İslamov Kamilov Lətifli Məcidov Nəcəfli
Oruclu Pənahlı Qəniyev Rəcəbov Sarıyev Səlimli Şəmsiyev Tofiqov Vəkilli Zakirov
Aydınov Cəfərquliyev Dəmirçiyev Eldarov Əbdülrəhmanov Əbilov Fərzullayev Hacıağayev Həsənquliyev İsmayılzadə Kərbəlayev Məmmədquliyev Məmmədəliyev Mirzəliyev Nəsirli Qurbanəliyev Rəhmanov Səfərli Şirəliyev Tahirli Umudov Vəliquliyev Xəlilzadə Yaqubzadə Zülfüqarlı Ağaverdiyev Abbasquliyev Qəribov Bəxşəliyev Hüseynquliyev
""")

HY_MALE = _uniq("""
Արամ Աշոտ Արմեն Սուրեն Կարեն Վարդան Հովհաննես Գրիգոր Արթուր Սարգիս Տիգրան
Հակոբ Գևորգ Խաչատուր Մհեր Լևոն Սամվել Հրանտ Արտակ Արսեն Վահե Վահան Ռոբերտ
Սերգեյ Ալբերտ Էդիկ Ժիրայր Կամո Մանվել Մարտին Միքայել Մկրտիչ Ներսես Նորայր
Պետրոս Պողոս Ռուբեն Սեյրան Սիմոն Ստեփան Վաչագան Վազգեն Վալերի Վոլոդյա Ռաֆիկ
Համլետ Հայկ Հարություն Հմայակ Գագիկ Գարիկ Գուրգեն Դավիթ Դերենիկ Եղիշե Երվանդ
Զավեն Էդուարդ Թաթուլ Իշխան Լյովա Խաչիկ Կարապետ Համբարձում Հենրիկ Հովիկ Մարատ
Մելիք Մովսես Նաիրի Նարեկ Շահեն Շավարշ Ոսկան Պարույր Ջիվան Ռազմիկ Սարո Սևակ
Սպարտակ Վահագն Վարազդատ Վարուժան Տաճատ Ֆելիքս Օնիկ Արշակ Արշավիր Արայիկ
Ավետիք Բագրատ Բաբկեն Գառնիկ Գնել Դանիել Եզնիկ Զոհրաբ Էմիլ Թովմաս Լերնիկ
Հրաչյա Մուշեղ Նվեր Շմավոն Ռոմիկ Սոս Վանիկ Վրեժ Տարոն Արարատ Արտյոմ Ալեքսան
Անդրանիկ Աբրահամ Ազատ Աղասի Բենիկ Գոռ Էրիկ Էդգար Հովսեփ Մանուկ Մուրադ Նշան
Ռուդիկ Վիգեն Վիլեն Ռաֆայել Մամիկոն Մեսրոպ Սեդրակ Սուրիկ Սմբատ Արման Սահակ
Ղազար Մաթևոս Թադևոս Ղուկաս Բաղդասար Հովակիմ Մինաս Նիկողոս Առաքել Ավագ
Բարսեղ Գաբրիել Գասպար Եղիազար Զաքար Իսրայել Լազար Սողոմոն Սերոբ Սլավիկ
Արկադի Վլադիմիր Յուրի Գենադի Անատոլի Վիկտոր Կոլյա Սաշա Ժորա Վաղարշակ Աղվան
Արտաշես Բորիս Գրաչ Դանիլ Էլբրուս Կորյուն Հայրապետ Մելքոն Մխիթար Սոկրատ
""")

HY_FEMALE = _uniq("""
Անահիտ Գայանե Աննա Մարիամ Լուսինե Արմինե Հասմիկ Նունե Սիրանուշ Շուշանիկ
Ռուզաննա Զարուհի Սոնա Կարինե Սվետլանա Ալվարդ Աստղիկ Գոհար Լիլիթ Նարինե Էլմիրա
Լաուրա Ռիտա Սուսաննա Մարո Մանուշակ Արուս Սաթենիկ Թամարա Վարդուհի Հեղինե
Հռիփսիմե Ժենյա Սիլվա Ջուլիետա Ռայա Նվարդ Թագուհի Շողիկ Արփինե Անժելա Ինգա
Մելանյա Գրետա Էմմա Զեմֆիրա Սեդա Տաթևիկ Վերգինե Զարա Արշալույս Ռոզա Նազիկ
Հայկանուշ Արաքսյա Գոհարիկ Մարգարիտ Սաթիկ Երանուհի Անուշ Շուշան Օլյա Նինա Լենա
Ասյա Էլզա Լյուդմիլա Վալենտինա Քնարիկ Մարինե Լիանա Սիրուն Նաիրա Արմենուհի
Ալլա Գալյա Զինա Իրինա Լարիսա Մարգո Նելլի Ռիմա Սոֆյա Վարսենիկ Տիրուհի Փառանձեմ
Ազնիվ Բելլա Գյուլնարա Դիանա Եվա Զոյա Իզաբելլա Կլարա Հերմինե Մայա Նաթելլա
Աղավնի Անժիկ Ելենա Զվարթ Թերեզա Լիզա Լուսաբեր Կատյա Հրանուշ Մանե Մարուսյա Նազելի Նորա Շողակաթ Ռուզան Սոֆի Վարդանուշ Վիկա Օֆելյա Արևիկ Ծովինար Լուիզա Ալվինա
""")

HY_SURNAMES = _uniq("""
Պետրոսյան Գրիգորյան Սարգսյան Հակոբյան Հարությունյան Հովհաննիսյան Ավետիսյան
Խաչատրյան Կարապետյան Գևորգյան Մարտիրոսյան Մկրտչյան Բաբայան Դանիելյան Ղազարյան
Պողոսյան Վարդանյան Ստեփանյան Սիմոնյան Դավթյան Գալստյան Բեգլարյան Աղաջանյան
Մելքոնյան Միրզոյան Հայրապետյան Առաքելյան Ալեքսանյան Աբրահամյան Ավագյան Աթայան
Բաղդասարյան Բարսեղյան Գաբրիելյան Գասպարյան Դալլաքյան Եգանյան Եղիազարյան
Զաքարյան Թադևոսյան Թովմասյան Իսրայելյան Լազարյան Խաչիկյան Կիրակոսյան
Համբարձումյան Հովսեփյան Ղահրամանյան Մանուկյան Մովսիսյան Մուրադյան Ներսիսյան
Նազարյան Շահինյան Շահբազյան Ոսկանյան Պապյան Սահակյան Սաֆարյան Սողոմոնյան
Վասիլյան Տոնոյան Օհանյան Առուստամյան Ասատրյան Արզումանյան Բալայան Գյուլումյան
Եսայան Զոհրաբյան Թումանյան Իսահակյան Կոստանյան Հովակիմյան Մելիքյան Միքայելյան
Մինասյան Մնացականյան Նիկողոսյան Շիրինյան Չոբանյան Սևոյան Վարոսյան Ուլուբաբյան
Աբգարյան Ադամյան Աղաբեկյան Ալավերդյան Ամիրխանյան Անդրեասյան Աթաբեկյան
Բաբաջանյան Բադալյան Բեկնազարյան Գալոյան Գյուլնազարյան Մարգարյան Մամյան
Մարկոսյան Մեժլումյան Մուսայելյան Մուշեղյան Նահապետյան Սաղաթելյան Վանյան
Քոչարյան Քամալյան Ֆարմանյան Ազատյան Ավանեսյան Արշակյան Բախշյան Բոյաջյան
Գոլոյան Դովլաթյան Եփրեմյան Զարգարյան Թամրազյան Իգիթյան Լալայան Ծատուրյան
Կարամյան Հախվերդյան Ղուկասյան Մաթևոսյան Մանասյան Մխիթարյան Նալբանդյան
Շաքարյան Չիլինգարյան Պարսամյան Սարուխանյան Վարդումյան Փաշինյան Քալանթարյան
Օհանջանյան Ալլահվերդյան Աղամալյան Ամբարցումյան Արամյան Արշակունի Ափինյան
Բաղրամյան Բեգլարբեկյան Գաբուզյան Գևորգիզյան Դադայան Դանիելբեկյան Եղյան
Զաքարյանց Թորոսյան Իշխանյան Խանզադյան Կարախանյան Հաջյան Հարոյան Ղարիբյան
Մադաթյան Մահտեսյան Մելիք-Շահնազարյան Մովսեսյան Նազլուխանյան Շահվերդյան
Ոսկերչյան Պետրոսյանց Ջանիբեկյան Ռուստամյան Սաղյան Սերոբյան Սուքիասյան
Վահանյան Տեր-Պետրոսյան Տեր-Գրիգորյան Տեր-Ավետիսյան Ուստյան Փիլոսյան Քեշիշյան
Օսիպյան Աղաբաբյան Առստամյան Բեկյան Գևորգով Հարությունով Սարգսով Պետրոսով
Ալթունյան Ամիրյան Անանյան Ասլանյան Բարխուդարյան Դավոյան Դեմիրճյան Եղոյան Թաթևոսյան Թոփչյան Իսկանդարյան Լևոնյան Խաչատուրյան Խուդավերդյան Կոչարյան Հակոբջանյան Համազասպյան Մալխասյան Մելքումյան Մուրադխանյան Նավասարդյան Շահնազարյան Շահումյան Ջհանգիրյան Վարդազարյան Վարդապետյան Տեր-Մինասյան Տիգրանյան Քարամյան Ֆրանգուլյան Ենգիբարյան Ղարագյոզյան Միրզախանյան Աղայան Ջանփոլադյան
""")
