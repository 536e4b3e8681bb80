"""A word for a degree of harm ("hospitalised", «госпитализирован», "xəstəxanaya
yerləşdirilib") counts the injured when it has a number, but its "no one" says nothing of
the injured: "nobody was hospitalised" is no figure. Treatment received is for an injury.
Persons counted by a degree ("in a critical condition", «в тяжёлом состоянии»), with no whole
of their own, are a part of the hurt counted just before them, and an "including" after such
a part speaks of it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Six passengers were hurt in the crash. Nobody was hospitalised.", "en"),
        ("При аварии пострадали шесть пассажиров. Никто не госпитализирован.", "ru"),
        ("Qəzada 6 sərnişin yaralanıb. Heç kim xəstəxanaya yerləşdirilməyib.", "az"),
    ],
)
def test_no_one_hospitalised_is_no_figure(text, language):
    assert figures(text, language) == [("injured", "all", 6)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two firefighters were hospitalised after the blast.", "en"),
        ("После взрыва госпитализированы двое пожарных.", "ru"),
    ],
)
def test_a_count_hospitalised_is_injured(text, language):
    assert [f[0] for f in figures(text, language)] == ["injured"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No one was injured in the fire.", "en"),
        ("При пожаре никто не пострадал.", "ru"),
        ("Yanğın zamanı heç kim yaralanmayıb.", "az"),
    ],
)
def test_no_one_injured_is_still_zero(text, language):
    assert figures(text, language) == [("injured", "all", 0)]


def test_treatment_received_is_for_an_injury():
    text = "Fourteen miners received medical treatment after the roof gave way."
    assert figures(text, "en") == [("injured", "miners", 14)]


def test_treatment_provided_counts_no_one():
    assert figures("Medical treatment was provided to residents of the block.", "en") == []


FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("50 people were injured. Seven were hospitalised.", "en"),
        ("50 people were injured. Seven people are in a critical condition.", "en"),
        ("Ранены 50 человек. Семеро госпитализированы.", "ru"),
        ("Ранены 50 человек. В тяжёлом состоянии находятся семеро.", "ru"),
    ],
)
def test_a_degree_of_harm_counts_a_part_of_the_hurt_before_it(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("injured", "all", 50, None),
        ("injured", "all", 7, 0),
    ]


def test_including_after_a_degree_speaks_of_it():
    text = (
        "После взрыва на вокзале за помощью обратились 38 пострадавших. В критическом состоянии "
        "остаются пятеро, в том числе три женщины."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 38, None),
        ("injured", "all", 5, 0),
        ("injured", "women", 3, 1),
    ]


def test_a_degree_larger_than_the_hurt_before_it_stands_alone():
    text = "Five people were injured. Some 40 were hospitalised after the flood."
    assert claim_fields(text, "en", FIELDS) == [
        ("injured", "all", 5, None),
        ("injured", "all", 40, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Травмы получили 40 пассажиров. Семеро раненых находятся в реанимации.",
        "Травмы получили 40 пассажиров. В реанимации остаются семеро.",
    ],
)
def test_in_intensive_care_is_a_part_of_the_hurt(text):
    figures_read = claim_fields(text, "ru", ("category", "count", "parent"))
    assert figures_read == [("injured", 40, None), ("injured", 7, 0)]


def test_more_in_intensive_care_than_were_hurt_is_no_part():
    text = "Травмы получили 4 пассажира. В реанимации остаются семеро."
    figures_read = claim_fields(text, "ru", ("category", "count", "parent"))
    assert figures_read == [("injured", 4, None), ("injured", 7, None)]
