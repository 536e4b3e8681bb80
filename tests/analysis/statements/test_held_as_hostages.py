"""Persons held as hostages or captives are captured, whichever way the words stand ("held
hostage", «удерживаются в заложниках», "girov saxlanılır", "girov kimi saxlanılır"); what
they were taken as leaves whom the count names ("6 kişini girov kimi aparıb": men).
Sentences written here."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Forty villagers, including five women, are held hostage by the militia.", "en"),
        (
            "Hazırda 40 kənd sakini, o cümlədən 5 qadın silahlılar tərəfindən girov saxlanılır.",
            "az",
        ),
        ("Hazırda 40 kənd sakini, o cümlədən 5 qadın girov kimi saxlanılır.", "az"),
        ("Hazırda 40 kənd sakini, o cümlədən 5 qadın əsir saxlanılır.", "az"),
    ],
)
def test_held_as_hostages_are_captured(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.subgroup, c.count, c.parent) for c in claims] == [
        ("captured", "all", 40, None),
        ("captured", "women", 5, 0),
    ]


def test_held_alone_is_detention():
    claims = read_statement("Polis bölməsində 40 nəfər saxlanılır.", "az").claims
    assert [(c.category, c.count) for c in claims] == [("detained", 40)]


@pytest.mark.parametrize(
    "text",
    [
        "Hazırda 9 hərbçi düşmənin əsirliyində saxlanılır.",
        "Hazırda 9 kəndli silahlı dəstənin girovluğunda saxlanılır.",
    ],
)
def test_held_in_someones_captivity_in_azerbaijani_is_captured(text):
    assert [c.category for c in read_statement(text, "az").claims] == ["captured"]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Dəstə bazardan 6 kişini girov kimi aparıb.", "men"),
        ("Silahlılar 6 qadını girov kimi aparıblar.", "women"),
        ("Silahlılar 6 nəfəri girov kimi aparıblar.", "all"),
    ],
)
def test_what_they_were_taken_as_leaves_whom_the_count_names(text, subgroup):
    claims = read_statement(text, "az").claims
    assert [(c.category, c.subgroup, c.count) for c in claims] == [("captured", subgroup, 6)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Seven hostages were detained in the school basement.", "en"),
        ("В школе удерживаются семь заложников.", "ru"),
        ("В подвале содержатся семь военнопленных.", "ru"),
        ("Saxlanılan 7 girovdan heç biri buraxılmayıb.", "az"),
    ],
)
def test_hostages_held_by_a_verb_of_detention_are_captured(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count) for c in claims][:1] == [("captured", 7)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 7 hostage-takers.", "en"),
        ("Police detained 7 hostage takers.", "en"),
        ("Полиция задержала 7 захватчиков заложников.", "ru"),
        ("В СИЗО содержатся 7 задержанных.", "ru"),
    ],
)
def test_those_who_took_hostages_are_detained(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count) for c in claims] == [("detained", 7)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Saxlanılan 7 girovdan heç biri buraxılmayıb.", "az"),
        ("7 girovdan heç biri azad edilməyib.", "az"),
        ("None of the 7 hostages has been released.", "en"),
    ],
)
def test_none_of_the_hostages_released(text, language):
    claims = read_statement(text, language).claims
    figures = sorted((c.category, c.count) for c in claims)
    assert figures == [("captured", 7), ("released", 0)]
    zero = next(c for c in claims if c.count == 0)
    assert claims[zero.parent].count == 7


@pytest.mark.parametrize(
    "text",
    [
        "Из 40 взятых в заложники 31 освобождены.",
        "Из 40 взятых в плен 31 освобождены.",
    ],
)
def test_a_russian_whole_taken_by_a_verb_of_several_words(text):
    """«из 40 взятых в заложники»: the noun of the phrase is no object of a count after it."""
    reading = [(c.category, c.count, c.parent) for c in read_statement(text, "ru").claims]
    assert reading == [("captured", 40, None), ("released", 31, 0)]


def test_russian_persons_charged_with_an_act_in_the_dative():
    """«обвинения в пытках 14 сотрудникам»: those charged, not the tortured; in the genitive
    («обвинение в убийстве 14 человек») the count names the victims."""
    charged = "Прокурор предъявил обвинения в пытках 14 сотрудникам колонии."
    assert [c.category for c in read_statement(charged, "ru").claims] == []
    victims = "Ему предъявлено обвинение в убийстве 14 человек."
    reading = [(c.category, c.count) for c in read_statement(victims, "ru").claims]
    assert reading == [("killed", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "В двух лагерях сейчас находятся около 600 пленных военнослужащих.",
        "На базе удерживаются 600 пленных солдат.",
        "В колонии содержатся 600 пленённых военнослужащих.",
    ],
)
def test_russian_captives_named_by_their_adjective(text):
    claims = read_statement(text, "ru").claims
    assert [(c.category, c.subgroup, c.count) for c in claims] == [("captured", "servicemen", 600)]


def test_russian_near_miss_servicemen_held_with_no_word_of_captivity():
    claims = read_statement("В колонии содержатся 600 военнослужащих.", "ru").claims
    assert [(c.category, c.count) for c in claims] == [("detained", 600)]


def test_russian_captives_held_now_are_no_whole_of_those_released_later():
    text = "В двух лагерях находятся около 600 пленных военнослужащих. В мае домой вернулись 20 человек."
    reading = [(c.category, c.count, c.parent) for c in read_statement(text, "ru").claims]
    assert reading == [("captured", 600, None), ("released", 20, None)]


def test_russian_near_miss_captives_taken_are_the_whole_of_those_released():
    text = "Боевики захватили около шестидесяти жителей. В мае освобождены 20 человек."
    reading = [(c.category, c.count, c.parent) for c in read_statement(text, "ru").claims]
    assert reading == [("captured", 60, None), ("released", 20, 0)]
