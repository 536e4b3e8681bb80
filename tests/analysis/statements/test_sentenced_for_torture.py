"""Persons convicted for the torture of others are no victims of it, and the victims named
after the act's noun are tortured ones: «осуждены за пытки 23 задержанных», "23 saxlanılana
işgəncə verdiyinə görə dörd əməkdaşı … məhrum edib". Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The tribunal jailed three guards for the torture of 19 inmates.", "en"),
        ("Трибунал приговорил троих охранников к заключению за пытки 19 заключённых.", "ru"),
        ("Tribunal 19 məhbusa işgəncə verdiyinə görə üç nəzarətçini həbs cəzasına məhkum edib.",
         "az"),
    ],
)  # fmt: skip
def test_the_victims_are_tortured_and_the_convicted_are_no_figure(text, language):
    found = claim_fields(text, language, FIELDS)
    assert ("tortured", "all", 19) in found or ("tortured", "prisoners", 19) in found
    assert all(count != 3 for _, _, count in found)


def test_near_miss_a_source_closed_by_gore_leaves_the_act_after_it():
    text = "Nazirliyin məlumatına görə, 6 nəfər işgəncəyə məruz qalıb."
    assert claim_fields(text, "az", FIELDS) == [("tortured", "all", 6)]


def test_near_miss_persons_jailed_for_no_act_of_ours_are_detained():
    text = "Police jailed 40 students for taking part in a rally."
    assert claim_fields(text, "en", FIELDS) == [("detained", "students", 40)]


@pytest.mark.parametrize(
    "text",
    [
        # Found guilty of it, in a participle before the convicted.
        "Tribunal 19 məhbusa işgəncə verməkdə təqsirli bilinən üç nəzarətçini həbs cəzasına "
        "məhkum edib.",
        "Tribunal 19 məhbusa işgəncə verməkdə ittiham olunan üç nəzarətçini məhkum edib.",
    ],
)
def test_azerbaijani_victims_before_a_participle_of_guilt(text):
    found = claim_fields(text, "az", FIELDS)
    assert found == [("tortured", "all", 19)]


def test_near_miss_the_accused_counted_before_the_charge_are_no_figure():
    assert claim_fields("Üç nəzarətçi işgəncə verməkdə ittiham olunur.", "az", FIELDS) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Обвинения в убийстве предъявлены 11 лицам в связи с гибелью 6 жителей.", "ru"),
        ("6 sakinin ölümü ilə bağlı 11 nəfərə qətl ittihamı irəli sürülüb.", "az"),
    ],
)
def test_the_charged_are_no_figure_and_the_victims_are(text, language):
    assert claim_fields(text, language, FIELDS) == [("killed", "all", 6)]


def test_near_miss_a_charge_named_apart_from_the_persons_counted():
    # The act's noun after the victims is what befell them, not a charge of theirs.
    text = "6 sakinin qətli ilə bağlı 11 nəfər həbs edilib."
    assert claim_fields(text, "az", FIELDS) == [("killed", "all", 6), ("detained", "all", 11)]
