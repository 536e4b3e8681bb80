"""Word families of the categories in all three languages: dying of wounds, burns, being held
pending trial, methods of torture, treatment amounting to torture, victims of torture in
either order, taking refuge, being taken to hospital, kidnapping; figures others speak of;
persons listed as missing, homesteads («дворы») as homes. Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Four of the miners later succumbed to their injuries.", "en", "killed"),
        ("Four men were fatally shot near the mill.", "en", "killed"),
        ("Four firefighters suffered burns.", "en", "injured"),
        ("Четверо пожарных получили ожоги.", "ru", "injured"),
        ("Dörd yanğınsöndürən yanıq alıb.", "az", "injured"),
        ("Dörd nəfər xəstəxanaya yerləşdirilib.", "az", "injured"),
        ("Four students were remanded in custody.", "en", "detained"),
        ("Четверо студентов помещены под стражу.", "ru", "detained"),
        ("Четверо студентов отправлены в СИЗО.", "ru", "detained"),
        ("Dörd tələbə istintaq təcridxanasına göndərilib.", "az", "detained"),
        ("Four detainees were given electric shocks.", "en", "tortured"),
        ("Четверых задержанных пытали током.", "ru", "tortured"),
        ("About 4,000 villagers sought refuge across the border.", "en", "displaced"),
        ("Около 4 000 сельчан нашли убежище в соседней области.", "ru", "displaced"),
        ("Təxminən 4 min kəndli qonşu rayona sığınıb.", "az", "displaced"),
        ("Kəndin kənarında dörd uşaq oğurlanıb.", "az", "captured"),
    ],
)
def test_word_families_of_the_categories(text, language, category):
    assert [c.category for c in read_statement(text, language).claims] == [category]


def test_things_stolen_are_nothing_of_ours():
    assert read_statement("Gecə dörd avtomobil oğurlanıb.", "az").claims == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said 4 people drowned; fishermen claim 9.", "en"),
        ("Власти сообщили о четырёх утонувших, рыбаки приводят цифру 9.", "ru"),
        ("Rəsmilər 4 nəfərin boğulduğunu bildirib, balıqçılar isə 9 rəqəmini səsləndirir.", "az"),
        ("Rəsmilərə görə 4 nəfər boğulub, balıqçılar isə 9 nəfərdən danışır.", "az"),
        ("Boğulanların sayı 4-dür, balıqçılar isə 9 nəfərdən bəhs edir.", "az"),
    ],
)
def test_a_figure_voiced_or_claimed_by_others_restates_the_count(text, language):
    assert [(c.category, c.count) for c in read_statement(text, language).claims] == [
        ("killed", 4),
        ("killed", 9),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("After the blast 9 workers needed hospital treatment.", "en", [("injured", 9)]),
        (
            "После взрыва девятерым рабочим потребовалась медицинская помощь.",
            "ru",
            [("injured", 9)],
        ),
        ("Partlayışdan sonra 9 fəhlə tibbi yardıma ehtiyac duyub.", "az", [("injured", 9)]),
        # Help given is no injury: aid to the displaced, care for captives.
        ("Medical assistance was provided to 900 displaced people.", "en", [("displaced", 900)]),
        ("Девятерым пленным оказывается медицинская помощь.", "ru", [("captured", 9)]),
    ],
)
def test_persons_who_needed_medical_help_were_hurt(text, language, expected):
    assert [(c.category, c.count) for c in read_statement(text, language).claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Вынужденными переселенцами стали 800 семей.",
        "800 семей стали вынужденными переселенцами.",
    ],
)
def test_becoming_displaced_in_either_order(text):
    claims = read_statement(text, "ru").claims
    assert [(c.category, c.subgroup, c.count) for c in claims] == [("displaced", "families", 800)]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Some 300 soldiers remain in enemy captivity.", "en", "captured"),
        ("Twelve fishermen remain in Vardish captivity.", "en", "captured"),
        ("Около 300 военнослужащих остаются в плену.", "ru", "captured"),
        ("Forty shops and 12 houses were bulldozed.", "en", "property_destroyed"),
        ("Сорок домов снесены бульдозерами.", "ru", "property_destroyed"),
        ("The fate of the other 17 is still unknown.", "en", "missing"),
    ],
)
def test_captivity_demolition_and_fates_in_other_words(text, language, category):
    claims = read_statement(text, language).claims
    assert claims
    assert {c.category for c in claims} == {category}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The number of mass graves has risen to four.", "en"),
        ("Число обнаруженных в районе массовых захоронений достигло четырёх.", "ru"),
        ("Rayonda aşkar edilmiş kütləvi məzarlıqların sayı dördə çatıb.", "az"),
    ],
)
def test_the_number_of_graves_names_what_is_counted(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count) for c in claims] == [("burial_sites", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Police rounded up 70 students; 15 of them were later subjected to treatment "
        "amounting to torture.",
        "Police held 40 students for a week; 15 of them were subjected to acts of torture.",
    ],
)
def test_treatment_amounting_to_torture_is_torture(text):
    claims = read_statement(text, "en").claims
    assert [(c.category, c.count, c.parent) for c in claims][1] == ("tortured", 15, 0)


@pytest.mark.parametrize(
    "text",
    [
        "12 человек стали жертвами пыток.",
        "Жертвами пыток стали 12 человек.",
        "Жертвами пыток в колонии стали 12 человек.",
    ],
)
def test_victims_of_torture_are_tortured_in_either_order(text):
    claims = read_statement(text, "ru").claims
    assert [(c.category, c.count) for c in claims] == [("tortured", 12)]


def test_the_azerbaijani_fate_before_a_count_word_names_what_it_counts():
    text = "Sahil kəndində 15 ev yanıb. Yaralananların sayı 9-dur."
    assert [(c.category, c.count) for c in read_statement(text, "az").claims] == [
        ("property_destroyed", 15),
        ("injured", 9),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "По спискам комиссии числятся пропавшими без вести: 14 человек.",
        "Числятся пропавшими без вести 14 человек.",
        "В списке числится пропавшим без вести 14 человек.",
    ],
)
def test_persons_listed_as_missing_in_russian(text):
    assert [(c.category, c.count) for c in read_statement(text, "ru").claims] == [("missing", 14)]


def test_homesteads_counted_are_homes():
    claims = read_statement("За ночь сожжено 140 дворов.", "ru").claims
    assert [(c.category, c.subgroup, c.count) for c in claims] == [
        ("property_destroyed", "homes", 140)
    ]
