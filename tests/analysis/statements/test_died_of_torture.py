"""Persons who died of torture were killed: the torture named as the cause before the verb of
dying gives way to it ("işgəncə nəticəsində ölüb", as "died as a result of torture" and
«умерли от пыток»); torture alone stays torture. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onlardan 4-ü işgəncə nəticəsində ölüb.", "az"),
        ("Onlardan 4-ü işgəncələr nəticəsində ölüb.", "az"),
        ("Onlardan 4-ü işgəncədən ölüb.", "az"),
        ("Four of them died as a result of torture.", "en"),
        ("Четверо из них умерли от пыток.", "ru"),
    ],
)
def test_died_of_torture_is_killed(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("killed", 4)]


def test_torture_with_no_death_is_torture():
    assert claim_fields("4 nəfər işgəncədən əziyyət çəkib.", "az", ("category", "count")) == [
        ("tortured", 4)
    ]
    assert claim_fields("İşgəncə nəticəsində 5 nəfər yaralanıb.", "az", ("category", "count")) == [
        ("injured", 5)
    ]
