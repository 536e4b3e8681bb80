"""Unaccompanied children (Azerbaijani "müşayiətsiz", "valideynsiz"; Russian «без
сопровождения» after the children) counted in a report on the displaced are displaced children, a part of the displaced counted before them; with no
displaced figure before them, no figure. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str = "az") -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_the_number_of_unaccompanied_children():
    text = (
        "Vilayətdə məcburi köçkünlərin sayı 9.400 nəfərdir. "
        "Müşayiətsiz uşaqların sayı isə 85-ə çatıb."
    )
    assert _read(text) == [("displaced", "all", 9400, None), ("displaced", "children", 85, 0)]


def test_children_without_parents_counted_after_the_adjectives():
    text = (
        "Həftə ərzində sərhədi 2.600 qaçqın keçib. Onların arasında valideynsiz və ya "
        "müşayiətsiz 47 uşaq qeydə alınıb."
    )
    read = _read(text)
    assert read[0] == ("displaced", "all", 2600, None)
    assert ("displaced", "children", 47, 0) in read


def test_a_part_of_the_whole_not_of_a_sibling_part():
    text = (
        "Məcburi köçkünlərin sayı 7.000 nəfərdir, onlardan 2.500-ü məktəblərdə yerləşdirilib. "
        "Müşayiətsiz uşaqların sayı 60-dır."
    )
    assert _read(text)[-1] == ("displaced", "children", 60, 0)


def test_near_miss_no_displaced_before_them():
    text = "Sərhəd xidməti müşayiətsiz 12 uşağı saxlayan avtomobili yoxlayıb."
    assert all(claim[0] != "displaced" for claim in _read(text))


def test_a_part_of_the_count_they_are_included_in():
    text = (
        "Düşərgədə 5.200 məcburi köçkün yaşayır, onlardan 1.800-ü uşaqdır "
        "(o cümlədən müşayiətsiz 70 uşaq)."
    )
    assert _read(text) == [
        ("displaced", "all", 5200, None),
        ("displaced", "children", 1800, 0),
        ("displaced", "children", 70, 1),
    ]


def test_those_put_up_in_between_are_not_their_whole():
    # The 1.700 in the camp are a part of the 6.200 who fled; the children came with all of them.
    text = (
        "Sel zamanı kəndlərdən 6.200 nəfər köçüb. 1.700 nəfər çadır düşərgəsində "
        "yerləşdirilib. Müşayiətsiz 30 uşaq da qeydə alınıb."
    )
    assert _read(text) == [
        ("displaced", "all", 6200, None),
        ("displaced", "all", 1700, 0),
        ("displaced", "children", 30, 0),
    ]


def test_russian_a_part_of_the_children_row_of_a_list():
    text = (
        "С 1 мая зарегистрировано 9 800 переселенцев.\n"
        "Из числа зарегистрированных: детей — 3 500, в том числе 210 детей, прибывших без "
        "сопровождения взрослых; женщин — 4 100; лиц старше 65 лет — 900."
    )
    assert ("displaced", "children", 210, 1) in _read(text, "ru")
    assert _read(text, "ru")[1] == ("displaced", "children", 3500, 0)


def test_russian_a_part_of_an_item_set_on_its_own_line():
    text = (
        "На учёт поставлены 9 800 переселенцев.\n\n"
        "Структура зарегистрированных:\n"
        "— женщины — 4 100;\n"
        "— дети до 18 лет — 3 500, в том числе 210 детей без сопровождения взрослых;\n"
        "— лица старше 65 лет — 900."
    )
    read = _read(text, "ru")
    assert read[2] == ("displaced", "children", 3500, 0)
    assert read[3] == ("displaced", "children", 210, 2)


def test_russian_near_miss_no_displaced_before_them():
    text = "Пограничники остановили фургон, в котором везли 12 детей без сопровождения взрослых."
    assert all(claim[0] != "displaced" for claim in _read(text, "ru"))
