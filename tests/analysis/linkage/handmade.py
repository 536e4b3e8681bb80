"""A small hand-written registry: persons as five lists in five conventions would write them.

Lists: ``az`` (Azerbaijani Latin), ``ru`` (Soviet Russian Cyrillic), ``en_ru`` (passport
English from the Russian form), ``en_az`` (English from the Azerbaijani form) and ``hy``
(Armenian script).  Each row: person, list, full name, birth, place, event date,
household.  Relatives who must stay apart are marked in :data:`RELATIVES`.
"""

from __future__ import annotations

import pandas as pd

CONVENTIONS = ("az", "ru", "en_ru", "en_az", "hy")

# person: {list: full name}; birth year (or date), place in each list's spelling.
PERSONS: dict[str, dict[str, str]] = {
    # Brothers and their sister: one surname, father, household, place and event.
    "salmanov_samil": {
        "az": "Salmanov Şamil Tofiq oğlu", "ru": "Салманов Шамиль Тофикович",
        "en_ru": "Salmanov Shamil Tofikovich", "en_az": "Shamil Salmanov",
        "hy": "Սալմանով Շամիլ",
    },
    "salmanov_musa": {
        "az": "Salmanov Musa Tofiq oğlu", "ru": "Салманов Муса Тофикович",
        "en_ru": "Salmanov Musa Tofikovich", "en_az": "Musa Salmanov", "hy": "Սալմանով Մուսա",
    },
    "salmanova_leyla": {
        "az": "Salmanova Leyla Tofiq qızı", "ru": "Салманова Лейла Тофиковна",
        "en_ru": "Salmanova Leila Tofikovna", "en_az": "Leyla Salmanova",
    },
    # Soviet renderings letters do not give back.
    "qasimov_huseyn": {
        "az": "Qasımov Hüseyn Vaqif oğlu", "ru": "Касумов Гусейн Вагифович",
        "en_ru": "Kasumov Guseyn Vagifovich", "en_az": "Huseyn Gasimov",
        "hy": "Կասումով Գուսեյն",
    },
    "haciyev_cavid": {
        "az": "Hacıyev Cavid Əli oğlu", "ru": "Гаджиев Джавид Алиевич",
        "en_ru": "Gadzhiev Dzhavid Alievich", "en_az": "Javid Hajiyev", "hy": "Գաջիեվ Ջավիդ",
    },
    "xelilova_sebine": {
        "az": "Xəlilova Səbinə Rauf qızı", "ru": "Халилова Сабина Рауфовна",
        "en_ru": "Khalilova Sabina Raufovna", "en_az": "Sabina Khalilova",
        "hy": "Խալիլովա Սաբինա",
    },
    "memmedov_akif": {
        "az": "Məmmədov Akif Hacı oğlu", "ru": "Мамедов Акиф Гаджи оглы",
        "en_ru": "Mamedov Akif Gadzhievich", "en_az": "Akif Haji oghlu Mammadov",
        "hy": "Մամեդով Ակիֆ",
    },
    "bexsiyev_cingiz": {
        "az": "Bəxşiyev Çingiz Əli oğlu", "ru": "Бахшиев Чингиз Алиевич",
        "en_ru": "Bakhshiev Chingiz Alievich", "en_az": "Chingiz Bakhshiyev",
        "hy": "Բախշիեվ Չինգիզ",
    },
    # Namesakes of one village: same surname and given name, different fathers.
    "cavadov_elcin_resid": {
        "az": "Cavadov Elçin Rəşid oğlu", "ru": "Джавадов Эльчин Рашидович",
        "en_ru": "Dzhavadov Elchin Rashidovich", "en_az": "Elchin Rashid oglu Javadov",
    },
    "cavadov_elcin_namiq": {
        "az": "Cavadov Elçin Namiq oğlu", "ru": "Джавадов Эльчин Намикович",
        "en_ru": "Dzhavadov Elchin Namikovich",
    },
    # Armenian sisters.
    "petrosyan_karine": {
        "az": "Petrosyan Karine", "ru": "Петросян Карине Ашотовна",
        "en_ru": "Petrosian Karine Ashotovna", "en_az": "Karine Petrosyan",
        "hy": "Պետրոսյան Կարինե Աշոտի",
    },
    "petrosyan_anahit": {
        "az": "Petrosyan Anahit", "ru": "Петросян Анаит Ашотовна",
        "en_ru": "Petrosian Anait Ashotovna", "en_az": "Anahit Petrosyan",
        "hy": "Պետրոսյան Անահիտ Աշոտի",
    },
    # A mother and her daughter: surname and place.
    "eliyeva_aynur": {
        "az": "Əliyeva Aynur Həsən qızı", "ru": "Алиева Айнур Гасановна",
        "en_ru": "Alieva Ainur Gasanovna", "en_az": "Aynur Aliyeva",
    },
    "eliyeva_gunel": {
        "az": "Əliyeva Günel Vüqar qızı", "ru": "Алиева Гюнель Вугаровна",
        "en_ru": "Alieva Giunel Vugarovna", "en_az": "Gunel Aliyeva",
    },
    # A surname taken in its modern form in the Azerbaijani lists.
    "huseynli_rauf": {
        "az": "Hüseynli Rauf Nadir oğlu", "ru": "Гусейнов Рауф Надирович",
        "en_ru": "Guseinov Rauf Nadirovich", "en_az": "Rauf Huseynli",
    },
    # Initials in some lists.
    "pasayev_qasim": {
        "az": "Paşayev Qasım Akif oğlu", "ru": "Пашаев К.А.", "en_ru": "Pashaev Kasum Akifovich",
        "en_az": "G. Pashayev",
    },
    "isgenderov_ilqar": {
        "az": "İsgəndərov İlqar Mübariz oğlu", "ru": "Искендеров Ильгар Мубаризович",
        "en_ru": "I.M. Iskenderov", "en_az": "Ilgar Isgandarov", "hy": "Իսկենդերով Իլգար",
    },
    "nagiyeva_sevinc": {
        "az": "Nağıyeva Sevinc Kamran qızı", "ru": "Нагиева Севиндж Камрановна",
        "en_ru": "Nagieva Sevindzh Kamranovna", "en_az": "Sevinj Naghiyeva",
        "hy": "Նագիեվա Սեվինջ",
    },
    "sultanov_elnur": {
        "az": "Sultanov Elnur Zakir oğlu", "ru": "Султанов Эльнур Закирович",
        "en_ru": "Sultanov Elnur Zakirovich", "en_az": "Elnur Sultanov",
    },
    "rzayev_vuqar": {
        "az": "Rzayev Vüqar Namiq oğlu", "ru": "Рзаев Вугар Намик оглы",
        "en_ru": "Rzaev Vugar Namikovich", "en_az": "Vugar Rzayev", "hy": "Րզաեվ Վուգար",
    },
    "abbasova_nigar": {
        "az": "Abbasova Nigar Samir qızı", "ru": "Аббасова Нигяр Самировна",
        "en_ru": "Abbasova Nigiar Samirovna", "en_az": "Nigar Abbasova",
    },
    "kazimov_teymur": {
        "az": "Kazımov Teymur Elxan oğlu", "ru": "Кязимов Теймур Эльханович",
        "en_ru": "Kiazimov Teimur Elkhanovich", "en_az": "Teymur Kazimov",
        "hy": "Կյազիմով Թեյմուր",
    },
}  # fmt: skip

# person: (birth date, place key, event date, household)
FACTS: dict[str, tuple[str, str, str, str]] = {
    "salmanov_samil": ("1975-03-12", "qaracol", "1992-02-26", "h1"),
    "salmanov_musa": ("1978-07-01", "qaracol", "1992-02-26", "h1"),
    "salmanova_leyla": ("1981-11-20", "qaracol", "1992-02-26", "h1"),
    "qasimov_huseyn": ("1960-05-05", "dagkend", "1992-03-01", "h2"),
    "haciyev_cavid": ("1970-01-17", "dagkend", "1992-03-01", "h3"),
    "xelilova_sebine": ("1985-09-09", "qaracol", "1992-02-26", "h4"),
    "memmedov_akif": ("1950-12-02", "caylı", "1991-11-15", "h5"),
    "bexsiyev_cingiz": ("1955-04-30", "caylı", "1991-11-15", "h6"),
    "cavadov_elcin_resid": ("1964-02-14", "dagkend", "1992-03-01", "h7"),
    "cavadov_elcin_namiq": ("1971-08-08", "dagkend", "1992-03-01", "h8"),
    "petrosyan_karine": ("1965-06-21", "caylı", "1991-11-15", "h9"),
    "petrosyan_anahit": ("1968-10-03", "caylı", "1991-11-15", "h9"),
    "eliyeva_aynur": ("1950-01-25", "qaracol", "1992-02-26", "h10"),
    "eliyeva_gunel": ("1975-02-11", "qaracol", "1992-02-26", "h10"),
    "huseynli_rauf": ("1980-07-19", "dagkend", "1992-03-01", "h11"),
    "pasayev_qasim": ("1958-03-03", "caylı", "1991-11-15", "h12"),
    "isgenderov_ilqar": ("1966-12-24", "qaracol", "1992-02-26", "h13"),
    "nagiyeva_sevinc": ("1990-06-06", "dagkend", "1992-03-01", "h14"),
    "sultanov_elnur": ("1972-09-30", "caylı", "1991-11-15", "h15"),
    "rzayev_vuqar": ("1962-04-04", "qaracol", "1992-02-26", "h16"),
    "abbasova_nigar": ("1983-08-15", "dagkend", "1992-03-01", "h17"),
    "kazimov_teymur": ("1945-11-11", "caylı", "1991-11-15", "h18"),
}

PLACES = {
    "qaracol": {"az": "Qaraçöl", "ru": "Карачель", "en_ru": "Karachel", "en_az": "Garachol",
                "hy": "Կարաչել"},
    "dagkend": {"az": "Dağkənd", "ru": "Дагкенд", "en_ru": "Dagkend", "en_az": "Daghkend",
                "hy": "Դագկենդ"},
    "caylı": {"az": "Çaylı", "ru": "Чайлы", "en_ru": "Chaily", "en_az": "Chayli", "hy": "Չայլը"},
}  # fmt: skip

# Entries of a further list that gives initials only: (key, full name, birth, place, event,
# the person it must join or None).  The first agrees with Şamil in all the rest; the
# second shares his surname and initial but not his birth, place or event.
INITIALS = (
    ("initials:samil", "Salmanov Ş.T.", "1975-03-12", "qaracol", "1992-02-26", "salmanov_samil"),
    ("initials:stranger", "Salmanov Ş.", "1940-05-01", "caylı", "1991-11-15", None),
)

RELATIVES = [
    ("salmanov_samil", "salmanov_musa"),
    ("salmanov_samil", "salmanova_leyla"),
    ("salmanov_musa", "salmanova_leyla"),
    ("cavadov_elcin_resid", "cavadov_elcin_namiq"),
    ("petrosyan_karine", "petrosyan_anahit"),
    ("eliyeva_aynur", "eliyeva_gunel"),
]


def _birth(date: str, convention: str, index: int) -> dict[str, str]:
    year, month, day = date.split("-")
    if convention == "ru":
        return {"birth_date": f"{day}.{month}.{year}"}
    if convention == "en_az":
        return {"age": str(1992 - int(year) - (1 if index % 2 else 0))}
    if convention == "hy":
        return {"birth_year": year}
    return {"birth_date": date}


def records() -> pd.DataFrame:
    """One row per person and list, with ``person`` (the truth) beside the canonical columns."""
    rows = []
    for index, (person, names) in enumerate(PERSONS.items()):
        born, place, event, household = FACTS[person]
        for convention, full_name in names.items():
            rows.append(
                {
                    "record_key": f"{convention}:{person}",
                    "source": convention,
                    "record_id": person,
                    "full_name": full_name,
                    "sex": "",
                    "place_of_origin": PLACES[place][convention],
                    "event_date": event,
                    "family_id": household if convention == "az" else "",
                    "person": person,
                    **_birth(born, convention, index),
                }
            )
    for key, full_name, born, place, event, person in INITIALS:
        rows.append(
            {
                "record_key": key, "source": "initials", "record_id": key,
                "full_name": full_name, "sex": "", "birth_date": born,
                "place_of_origin": PLACES[place]["az"], "event_date": event, "family_id": "",
                "person": person or key,
            }
        )  # fmt: skip
    frame = pd.DataFrame(rows)
    for column in ("given_name", "surname", "patronymic", "birth_date", "birth_year", "age",
                   "event_place", "status"):  # fmt: skip
        if column not in frame:
            frame[column] = ""
    return frame.fillna("")
