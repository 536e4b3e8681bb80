"""Remains whose identification is still to come ("held pending identification", «до
завершения идентификации», "eyniləşdirilməsi davam edir") are not identified: they are the
remains found, a part of those found when the counts add up. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Forty bodies were exhumed at the pit. Twelve have been identified; the remaining 28 "
         "are held pending identification.", "en"),
        ("В лесу у хутора Бобры обнаружены останки 40 человек. Установлены личности 12 "
         "погибших. Останки ещё 28 человек хранятся в морге до завершения идентификации.", "ru"),
        ("Meşədən 40 nəfərin qalıqları çıxarılıb. 12 nəfərin şəxsiyyəti müəyyən edilib. Qalan "
         "28 nəfərin eyniləşdirilməsi davam edir.", "az"),
    ],
)  # fmt: skip
def test_remains_still_to_be_identified_are_remains_found(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("found_dead", 40, None),
        ("identified", 12, 0),
        ("found_dead", 28, 0),
    ]


def test_identified_remains_stay_identified():
    text = "Forty bodies were exhumed at the pit. By March, 28 of them had been identified."
    assert claim_fields(text, "en", ("category", "count", "parent")) == [
        ("found_dead", 40, None),
        ("identified", 28, 0),
    ]
