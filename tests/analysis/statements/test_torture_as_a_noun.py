"""Torture named as a noun with its victims after it is their torture: «в пытках 30
задержанных», as "the torture of 30 detainees" and «убийстве 12 задержанных»; not torture
that persons are charged with («За пытки осуждены 12 полицейских»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд установил, что подсудимый участвовал в пытках 30 задержанных.", "ru"),
        ("Суд установил, что подсудимый участвовал в пытках 30 человек.", "ru"),
        ("The court found that the accused took part in the torture of 30 detainees.", "en"),
    ],
)
def test_the_torture_of_persons_counted(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("tortured", 30)]


def test_persons_held_with_torture_denied_are_held():
    text = "Задержаны 30 человек, пытки отрицаются."
    assert claim_fields(text, "ru", ("category", "count")) == [("detained", 30)]


def test_those_convicted_of_torture_are_no_figure():
    assert claim_fields("За пытки осуждены 12 полицейских.", "ru", ("category", "count")) == []
