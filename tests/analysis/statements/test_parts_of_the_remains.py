"""Parts of the remains found: named as the whole ("Of the bodies recovered", «Из извлечённых
останков», "Çıxarılan qalıqlardan"), after a Russian predicate put first («Из них опознаны
15», with a word of time between), and "of them" after things counted since, when what befell
the part befalls only persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Divers brought up the bodies of 31 people. Of the bodies, 12 have been identified.", "en"),
        ("The remains of 31 people were exhumed. Of the remains exhumed, 12 were identified.", "en"),
        ("Из колодца подняты тела 31 человека. Из поднятых тел опознаны 12.", "ru"),
        ("Эксгумированы останки 31 человека. Из них к настоящему времени опознаны 12.", "ru"),
        ("Эксгумированы останки 31 человека. Из них на сегодняшний день опознаны 12.", "ru"),
        ("Quyudan 31 nəfərin meyiti çıxarılıb. Çıxarılan meyitlərdən 12-sinin şəxsiyyəti "
         "müəyyən edilib.", "az"),
    ],
)  # fmt: skip
def test_identified_of_the_remains_found(text, language):
    assert figures(text, language) == [("found_dead", 31, None), ("identified", 12, 0)]


def test_a_russian_predicate_first_in_a_part_of_another_fate():
    text = "Задержаны 40 человек. Из них к настоящему времени освобождены 12."
    assert figures(text, "ru") == [("detained", 40, None), ("released", 12, 0)]


def test_them_after_things_counted_since_are_the_persons_if_only_persons_are_identified():
    text = (
        "The team recovered the remains of 43 people from the pit. 84 cartridge cases were "
        "recovered with them. So far 26 of them have been identified."
    )
    assert figures(text, "en") == [("found_dead", 43, None), ("identified", 26, 0)]


def test_them_after_things_counted_since_are_the_things_otherwise():
    text = "Twenty people were killed. The town has 4 schools; 3 of them reopened."
    assert figures(text, "en") == [("killed", 20, None)]


def test_remains_joined_to_bodies_share_the_verb():
    text = "The team exhumed 31 bodies and the remains of between 6 and 8 further persons."
    assert claim_fields(text, "en", ("category", "count", "count_low", "count_high")) == [
        ("found_dead", 31, None, None),
        ("found_dead", None, 6, 8),
    ]


def test_a_part_of_the_recovered_named_by_the_participle_alone():
    text = "The team exhumed the remains of 58 people. Tests show 11 of the recovered were women."
    assert claim_fields(text, "en", ("category", "subgroup", "count", "parent")) == [
        ("found_dead", "all", 58, None),
        ("found_dead", "women", 11, 0),
    ]


def test_near_miss_patients_who_recovered_are_no_remains():
    text = "Doctors said 40 patients had recovered. 8 of the recovered were children."
    assert claim_fields(text, "en", ("category", "count")) == []
