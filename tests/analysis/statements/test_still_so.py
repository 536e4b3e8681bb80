"""Persons said to be still in a state counted before ("23 are still in detention", «23 по-прежнему
содержатся под стражей», "17 nəfər hələ də həbsdə qalır") are the part of that figure left in
it; pre-trial detention and a temporary holding cell («ИВС») hold persons. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Guards detained 35 villagers at the depot. Twelve went home that evening; 23 are "
         "still in detention.", "en"),
        ("Guards detained 35 villagers at the depot. By Monday 12 had been freed, while 23 "
         "remained in custody.", "en"),
        ("Охрана задержала 35 жителей. Двенадцать вечером отпустили, 23 по-прежнему "
         "содержатся под стражей.", "ru"),
        ("Охрана задержала 35 жителей. Двенадцать вечером отпустили, под стражей остаются 23 "
         "жителя.", "ru"),
        ("Mühafizəçilər anbarda 35 kəndlini saxlayıb. Axşam onlardan 12-si buraxılıb; 23 nəfər "
         "hələ də həbsdə qalır.", "az"),
    ],
)  # fmt: skip
def test_those_still_held_are_a_part_of_the_held(text, language):
    assert ("detained", 23, 0) in claim_fields(text, language, FIELDS)


def test_those_still_missing_are_a_part_of_the_missing():
    text = "Since the floods 640 fishermen went missing; 90 were found, and 550 remain missing."
    assert claim_fields(text, "en", FIELDS)[-1] == ("missing", 550, 0)


def test_more_than_the_figure_before_is_a_figure_of_its_own():
    text = (
        "Guards detained 35 villagers at the depot. Forty people remain in custody in the region."
    )
    assert ("detained", 40, None) in claim_fields(text, "en", FIELDS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Guards detained 35 villagers at the depot. Nine are still in pre-trial detention.",
         "en"),
        ("Охрана задержала 35 жителей. Девять из них помещены в ИВС.", "ru"),
    ],
)  # fmt: skip
def test_pre_trial_detention_and_holding_cells_hold(text, language):
    assert claim_fields(text, language, FIELDS)[-1] == ("detained", 9, 0)
