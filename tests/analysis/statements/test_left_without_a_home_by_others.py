"""Persons left without a home by those who did it are displaced, in Russian («оставив без
крова 240 человек», «оставили 90 семей без жилья») and Azerbaijani ("240 nəfəri sığınacaqsız
qoyub", "evsiz qoyub"), as those who "остались без крова" are; and the Azerbaijani converb of
a destruction ("38 evi sökərək") destroys as its finite verb does. A letter left unanswered
is nobody displaced. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Бульдозеры снесли 17 домов, оставив без крова 85 человек.", "ru",
         [("property_destroyed", "homes", 17), ("displaced", "all", 85)]),
        ("Пожар оставил 40 семей без жилья.", "ru", [("displaced", "families", 40)]),
        ("Bələdiyyə 17 evi sökərək 85 nəfəri sığınacaqsız qoyub.", "az",
         [("property_destroyed", "homes", 17), ("displaced", "all", 85)]),
        ("Daşqın 40 ailəni evsiz qoyub.", "az", [("displaced", "families", 40)]),
    ],
)  # fmt: skip
def test_left_without_a_home(text: str, language: str, expected: list[tuple]) -> None:
    assert claim_fields(text, language, FIELDS) == expected


def test_near_miss_left_unanswered() -> None:
    assert claim_fields("Министерство оставило 30 обращений без ответа.", "ru", FIELDS) == []
