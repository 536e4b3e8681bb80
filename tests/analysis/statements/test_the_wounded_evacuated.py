"""The wounded evacuated or moved to be treated elsewhere ("8 of the wounded were evacuated",
«Восемь из раненых эвакуированы», "Yaralılardan 8 nəfər təxliyə olunub") are a part of the
wounded, not persons displaced. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The hospital has admitted 35 wounded. 8 of the wounded were evacuated by air.", "en"),
        ("В больницу доставлены 35 раненых. Восемь из раненых эвакуированы в столицу.", "ru"),
        ("Xəstəxanaya 35 yaralı gətirilib. Yaralılardan 8 nəfər təxliyə olunub.", "az"),
        ("Xəstəxanaya 35 yaralı gətirilib. Ağır yaralılardan 8-i paytaxta təxliyə edilib.", "az"),
    ],
)
def test_the_wounded_evacuated_are_a_part_of_the_wounded(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("injured", 35, None),
        ("injured", 8, 0),
    ]
