"""Azerbaijani "insan tələfatı olmayıb / yoxdur / qeydə alınmayıb" (no loss of life) is no
one killed, as "itki yoxdur" is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Sürüşmə nəticəsində 9 ev dağılıb, insan tələfatı olmayıb.",
        "Sürüşmə nəticəsində 9 ev dağılıb. İnsan tələfatı yoxdur.",
        "Sürüşmə nəticəsində 9 ev dağılıb, insan tələfatı qeydə alınmayıb.",
    ],
)
def test_no_loss_of_life(text: str) -> None:
    assert ("killed", 0) in claim_fields(text, "az", ("category", "count"))


def test_near_miss_a_loss_of_life_said_with_no_count() -> None:
    text = "Sürüşmə ciddi insan tələfatına səbəb olub."
    assert claim_fields(text, "az", ("category", "count")) == []
