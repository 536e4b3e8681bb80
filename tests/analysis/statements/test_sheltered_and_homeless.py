"""Persons a shelter puts up, and persons whose homes were destroyed, are displaced, in the
three languages: "the centre is housing 212 people", «в спортзале школы укрываются 340
человек», "Sığınacaqda 212 nəfər qalır"; "destroyed the homes of 120 residents", «разрушены
дома 120 жителей», "120 sakinin evi dağıdılıb". Not those taking cover in the basements of
their own houses, a town hosting visitors, days spent in a shelter, homes only damaged, or the
families whose homes were destroyed (no count of persons). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")

_SHELTERED = [
    ("en", "The sports centre is housing 212 people who fled the shelling."),
    ("en", "The old barracks accommodates 212 people from the border villages."),
    ("en", "By Sunday 212 people had been placed in temporary accommodation."),
    ("ru", "В спортзале школы № 4 укрываются 212 человек."),
    ("ru", "212 жителей укрылись в здании мечети."),
    ("az", "Sığınacaqda 212 nəfər qalır."),
    ("az", "Müvəqqəti sığınacaqlarda 212 nəfər yaşayır."),
    ("az", "Çadırlarda 212 nəfər yaşayır."),
]


@pytest.mark.parametrize(("language", "text"), _SHELTERED)
def test_persons_a_shelter_puts_up_are_displaced(language, text):
    assert claim_fields(text, language, FIELDS) == [("displaced", 212)]


_NOT_SHELTERED = [
    ("en", "Hundreds of residents are sheltering in basements in the old town."),
    ("en", "The town hosts 12 foreign journalists this week."),
    ("ru", "В подвалах домов укрываются около 340 жителей."),
    ("ru", "Около 340 жителей укрываются в подвалах."),
    ("az", "Sakinlər sığınacaqda 3 gün qalıb."),
]


@pytest.mark.parametrize(("language", "text"), _NOT_SHELTERED)
def test_near_miss_taking_cover_at_home_or_hosting_visitors(language, text):
    assert claim_fields(text, language, FIELDS) == []


_HOMES_DESTROYED = [
    ("en", "Shelling destroyed the homes of 120 residents."),
    ("en", "The homes of 120 residents were destroyed."),
    ("ru", "Обстрел разрушил дома 120 жителей."),
    ("ru", "Разрушены дома 120 жителей."),
    ("az", "Atəş nəticəsində 120 sakinin evi dağıdılıb."),
]


@pytest.mark.parametrize(("language", "text"), _HOMES_DESTROYED)
def test_the_owners_of_homes_destroyed_are_displaced(language, text):
    assert claim_fields(text, language, FIELDS) == [("displaced", 120)]


_HOMES_AND_DEATHS = [
    ("en", "The shelling destroyed 40 homes and killed 3 residents."),
    ("ru", "Разрушены 40 домов, погибли 3 жителя."),
    ("az", "Atəş nəticəsində 40 ev dağıdılıb, 3 sakin həlak olub."),
]


@pytest.mark.parametrize(("language", "text"), _HOMES_AND_DEATHS)
def test_near_miss_homes_counted_and_persons_killed(language, text):
    assert claim_fields(text, language, FIELDS) == [("property_destroyed", 40), ("killed", 3)]


def test_near_miss_homes_only_damaged():
    assert claim_fields("Shelling damaged the homes of 120 residents.", "en", FIELDS) == []


def test_near_miss_families_are_no_count_of_persons():
    text = "Atəş nəticəsində 12 ailənin evləri dağıdılıb."
    assert claim_fields(text, "az", FIELDS) == [("property_destroyed", 12)]
