"""Places written from scratch for listgen2.

DISTRICTS: (az name, Soviet-era Russian name, Russian adjective for "... район",
Armenian name or None to transliterate, [(village az, village ru, hy or None), ...]).
The district centre itself is also a place of origin.
"""

DISTRICTS = [
    (
        "Ağdam",
        "Агдам",
        "Агдамский",
        "Աղդամ",
        [
            ("Quzanlı", "Кузанлы", None),
            ("Şıxbabalı", "Шихбабалы", None),
            ("Abdal", "Абдал", None),
            ("Qiyaslı", "Гияслы", None),
            ("Sarıcalı", "Сарыджалы", None),
            ("Əhmədavar", "Ахмедавар", None),
        ],
    ),
    (
        "Füzuli",
        "Физули",
        "Физулинский",
        "Ֆիզուլի",
        [
            ("Horadiz", "Горадиз", None),
            ("Aşağı Veysəlli", "Ашагы Вейсалли", None),
            ("Dövlətyarlı", "Довлетъярлы", None),
            ("Alxanlı", "Алханлы", None),
            ("Yuxarı Əbdürrəhmanlı", "Юхары Абдуррахманлы", None),
        ],
    ),
    (
        "Şuşa",
        "Шуша",
        "Шушинский",
        "Շուշի",
        [
            ("Malıbəyli", "Малыбейли", None),
            ("Quşçular", "Гушчулар", None),
            ("Xəlfəli", "Халфали", None),
            ("Daşaltı", "Дашалты", "Քարին տակ"),
        ],
    ),
    (
        "Xocalı",
        "Ходжалы",
        "Ходжалинский",
        "Խոջալու",
        [
            ("Kərkicahan", "Керкиджахан", None),
            ("Meşəli", "Мешали", None),
            ("Cəmilli", "Джамиллы", None),
            ("Əsgəran", "Аскеран", "Ասկերան"),
            ("Xanabad", "Ханабад", None),
        ],
    ),
    (
        "Laçın",
        "Лачин",
        "Лачинский",
        "Բերձոր",
        [
            ("Zabux", "Забух", None),
            ("Qorçu", "Горчу", None),
            ("Mişni", "Мишни", None),
            ("Ağbulaq", "Агбулаг", None),
        ],
    ),
    (
        "Kəlbəcər",
        "Кельбаджар",
        "Кельбаджарский",
        "Քարվաճառ",
        [
            ("İstisu", "Истису", None),
            ("Çərəkdar", "Чаректар", None),
            ("Başlıbel", "Башлыбель", None),
            ("Zar", "Зар", None),
        ],
    ),
    (
        "Tərtər",
        "Тертер",
        "Тертерский",
        "Թարթառ",
        [
            ("Şıxarx", "Шихарх", None),
            ("Qapanlı", "Гапанлы", None),
            ("Həsənqaya", "Гасанкая", None),
            ("Qaynaq", "Гайнаг", None),
        ],
    ),
    (
        "Qubadlı",
        "Кубатлы",
        "Кубатлинский",
        "Կուբաթլու",
        [
            ("Xocamsaxlı", "Ходжамсаклы", None),
            ("Əliquluuşağı", "Алигулушагы", None),
            ("Mahmudlu", "Махмудлу", None),
        ],
    ),
    (
        "Zəngilan",
        "Зангелан",
        "Зангеланский",
        None,
        [("Mincivan", "Минджевань", None), ("Bartaz", "Бартаз", None), ("Ağbənd", "Агбенд", None)],
    ),
    (
        "Cəbrayıl",
        "Джебраил",
        "Джебраильский",
        "Ջաբրայիլ",
        [
            ("Soltanlı", "Солтанлы", None),
            ("Mehdili", "Мехдили", None),
            ("Böyük Mərcanlı", "Бёюк Марджанлы", None),
            ("Çaxırlı", "Чахырлы", None),
        ],
    ),
    (
        "Goranboy",
        "Касум-Исмаилов",
        "Касум-Исмаиловский",
        None,
        [
            ("Tapqaraqoyunlu", "Тап-Гарагоюнлу", None),
            ("Qızılhacılı", "Кызылгаджилы", None),
            ("Borsunlu", "Борсунлу", None),
        ],
    ),
    (
        "Ağdərə",
        "Мардакерт",
        "Мардакертский",
        "Մարտակերտ",
        [
            ("Çaylı", "Чайлы", None),
            ("Umudlu", "Умудлу", None),
            ("Gülüstan", "Гюлистан", "Գյուլիստան"),
            ("Baş Güneypəyə", "Баш-Гюнейпея", None),
        ],
    ),
    (
        "Xocavənd",
        "Мартуни",
        "Мартунинский",
        "Մարտունի",
        [
            ("Qaradağlı", "Карадаглы", None),
            ("Salakətin", "Салакетин", None),
            ("Kuropatkino", "Куропаткино", None),
            ("Xocavənd", "Ходжавенд", None),
        ],
    ),
]
