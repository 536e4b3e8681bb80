"""A part taken from a whole by a partitive that names no group of its own keeps the whole's
group, whatever befell it after (released, found dead …), in the three languages; a part that
names its own group keeps its own, a count of the whole's kin ("the husbands of six of them")
takes no group of theirs, and a whole of things has none to give. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 23 women on Monday; 12 of them were released on Tuesday.", "en"),
        ("Полиция задержала 23 женщины; 12 из них позднее отпустили.", "ru"),
        ("23 qadın saxlanılıb, onlardan 12-si sonradan azad edilib.", "az"),
    ],
)
def test_a_part_released_of_a_group_keeps_it(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("detained", "women", 23, None),
        ("released", "women", 12, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 30 women. Of these, 9 persons were later released.", "en"),
        ("Задержаны 30 женщин, из них 9 человек освобождены.", "ru"),
        ("30 qadın saxlanılıb, onlardan 9 nəfəri azad edilib.", "az"),
    ],
)
def test_a_part_counted_by_a_word_for_persons_names_no_group(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("detained", "women", 30, None),
        ("released", "women", 9, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen abducted 14 teachers last week; the bodies of five of them were found.", "en"),
        ("Боевики похитили 14 учителей; позднее тела пятерых из них были найдены.", "ru"),
        ("Silahlılar 14 müəllimi girov götürüb. Onlardan beşinin meyiti tapılıb.", "az"),
    ],
)
def test_a_part_found_dead_is_still_of_the_group(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("captured", "teachers", 14, None),
        ("found_dead", "teachers", 5, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 14 journalists; four of the journalists were beaten.", "en"),
        ("Задержаны 14 журналистов, четверо из них избиты.", "ru"),
        ("14 jurnalist saxlanılıb, onlardan dördü döyülüb.", "az"),
    ],
)
def test_a_part_of_a_calling_keeps_it_too(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("detained", "journalists", 14, None),
        ("tortured", "journalists", 4, 0),
    ]


def test_a_part_of_a_part_keeps_the_group_of_the_first_whole():
    text = (
        "Police detained 14 journalists; four of the journalists were beaten and two of them died."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("detained", "journalists", 14, None),
        ("tortured", "journalists", 4, 0),
        ("killed", "journalists", 2, 1),
    ]


def test_azerbaijani_words_after_a_possessive_number_are_no_noun_of_it():
    text = "18 hərbçi yaralanıb, onlardan ikisinin vəziyyəti ağırdır."
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "servicemen", 18, None),
        ("injured", "servicemen", 2, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "whole", "part"),
    [
        ("Police detained 30 women at the rally; 8 of them were girls.", "en", "detained", "girls"),
        (
            "Погибли 17 журналистов, среди них трое иностранцев.",
            "ru",
            "killed",
            "foreign nationals",
        ),
        ("17 jurnalist həlak olub, o cümlədən 3 əcnəbi.", "az", "killed", "foreign nationals"),
    ],
)
def test_near_miss_a_part_that_names_its_own_group_keeps_its_own(text, language, whole, part):
    claims = claim_fields(text, language, FIELDS)
    assert [c[1] for c in claims][1:] == [part]
    assert claims[1][3] == 0
    assert claims[0][0] == whole


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers detained 30 women. The husbands of six of them were arrested later.", "en"),
        ("Soldiers detained 30 women. Six of the women's husbands were arrested later.", "en"),
        ("Задержаны 30 женщин. Мужья шестерых из них также были арестованы.", "ru"),
        ("30 qadın saxlanılıb. Onlardan altısının əri də həbs edilib.", "az"),
    ],
)
def test_near_miss_a_count_of_their_kin_is_not_of_the_group(text, language):
    claims = claim_fields(text, language, FIELDS)
    assert claims[0] == ("detained", "women", 30, None)
    assert all(c[1] != "women" for c in claims[1:])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelling destroyed 45 homes; 12 of them were in the old quarter.", "en"),
        ("Обстрелом разрушены 45 домов, из них 12 полностью.", "ru"),
        ("Atəş nəticəsində 45 ev dağılıb, onlardan 12-si tamamilə.", "az"),
    ],
)
def test_near_miss_a_part_of_things_is_of_no_group_of_persons(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("property_destroyed", "homes", 45, None),
        ("property_destroyed", "homes", 12, 0),
    ]


def test_a_russian_part_counted_before_an_adverb_keeps_the_group():
    text = "Задержаны 25 студентов, из них 9 вскоре отпустили."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "students", 25, None),
        ("released", "students", 9, 0),
    ]
