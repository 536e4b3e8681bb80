"""Work or efforts towards a release are no release ("efforts to free", «работа по
освобождению»); the persons it is sought for are what the words after them say («40
граждан, находящихся в плену»: captured, with their parts). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mission continues its work for the release of 40 hostages.", "en"),
        ("Efforts to free 40 hostages continue.", "en"),
        ("Усилия по освобождению 40 заложников продолжаются.", "ru"),
    ],
)
def test_work_towards_a_release_is_no_release(text, language):
    assert figures(text, language) == [("captured", "all", 40, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After weeks of work, 12 hostages were freed.", "en"),
        ("Благодаря работе переговорщиков освобождены 12 пленных.", "ru"),
    ],
)
def test_a_release_achieved_by_work_is_a_release(text, language):
    assert figures(text, language) == [("released", "all", 12, None)]


def test_a_russian_participle_after_the_count_says_what_the_persons_are():
    text = (
        "Продолжается работа по освобождению сорока наших граждан, находящихся в плену, в "
        "том числе пяти женщин."
    )
    assert figures(text, "ru") == [("captured", "all", 40, None), ("captured", "women", 5, 0)]


def test_a_participle_clause_gives_way_to_the_counts_own_verb():
    assert figures("Погибли 12 человек, находившихся в плену.", "ru") == [
        ("killed", "all", 12, None)
    ]
