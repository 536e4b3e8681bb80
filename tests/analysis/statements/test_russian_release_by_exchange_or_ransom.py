"""Russian: persons exchanged or ransomed are released, by the infinitive after «удалось» as
by the finite verb («удалось обменять», «выкупили»); a ransom demanded is no release.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "parent"))


@pytest.mark.parametrize(
    "text",
    [
        "В заложники взяли 40 человек. 12 из них удалось обменять.",
        "В заложники взяли 40 человек; 12 из них удалось позднее выкупить.",
        "В заложники взяли 40 человек; родственники выкупили 12 из них.",
        "В заложники взяли 40 человек, но отпустить удалось только 12 из них.",
    ],
)
def test_the_exchanged_or_ransomed_are_released(text):
    assert figures(text) == [("captured", 40, None), ("released", 12, 0)]


def test_a_ransom_demanded_is_no_release():
    text = "Боевики удерживают 9 заложников и требуют выкупа за каждого."
    assert figures(text) == [("captured", 9, None)]
