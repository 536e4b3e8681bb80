"""A bare number after a count word that names things destroyed counts those things, not
persons: the participle of destruction is what befell them ("the number of destroyed homes
stands at 40" was read as 40 killed). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The number of destroyed homes stands at 40.", "en", ("homes", 40)),
        ("By May the number of burned schools had reached three.", "en", ("schools", 3)),
        ("Число разрушенных домов составляет 40.", "ru", ("homes", 40)),
        ("Количество сожжённых школ достигло трёх.", "ru", ("schools", 3)),
        ("Dağıdılmış evlərin sayı 40-dır.", "az", ("homes", 40)),
        ("Yandırılmış məktəblərin sayı üçə çatıb.", "az", ("schools", 3)),
    ],
)
def test_the_things_named_are_what_the_number_counts(text, language, expected):
    assert _read(text, language) == [("property_destroyed", *expected, "exact")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The number of people killed stands at 14.", "en"),
        ("Число убитых составляет 14.", "ru"),
        ("Öldürülənlərin sayı 14-dür.", "az"),
    ],
)
def test_persons_named_so_are_still_the_killed(text, language):
    assert _read(text, language) == [("killed", "all", 14, "exact")]
