"""Relatives counted by whom they are relatives of ("over 300 relatives of the missing",
«140 родственников убитых») are no figure of their kin's fate; a fate of their own is still
theirs. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Over 300 relatives of the missing came to the tracing office to give blood.", "en"),
        ("Eighty family members of those killed met the prosecutor on Monday.", "en"),
        ("На встречу с прокурором пришли 140 родственников убитых.", "ru"),
        ("Кровь для анализа сдали свыше 90 родных пропавших без вести.", "ru"),
    ],
)  # fmt: skip
def test_relatives_of_the_victims_are_no_figure(text, language):
    assert claim_fields(text, language, FIELDS) == []


def test_a_fate_of_the_relatives_own_is_theirs():
    text = "Near the ministry police detained 12 relatives of the missing overnight."
    assert claim_fields(text, "en", FIELDS) == [("detained", 12)]


def test_kin_with_a_fate_of_their_own_are_no_part_of_their_kin():
    text = (
        "The commission lists 520 people as forcibly disappeared. At least 35 relatives of "
        "the disappeared were detained after a protest vigil."
    )
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("disappeared", 520, None),
        ("detained", 35, None),
    ]


def test_near_miss_kin_counted_among_the_whole_stay_a_part():
    text = "Police detained 300 people, among them 40 relatives of the victims."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("detained", 300, None),
        ("detained", 40, 0),
    ]
