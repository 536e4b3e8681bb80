"""«Пропали после задержания: 11 человек»: persons gone missing once held disappeared; the
phrase, not the arrest named after its verb, is the fate of the count a label gives it to,
and of a part said of them after it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "label",
    ["Пропали после задержания: 7 человек", "Пропавшие после ареста — 7 человек"],
)
def test_a_label_of_those_gone_missing_once_held(label):
    assert claim_fields(f"{label}; судьба троих из них до сих пор неизвестна.", "ru") == [
        ("disappeared", "all", 7, None, None, "exact", None),
        ("disappeared", "all", 3, None, None, "exact", 0),
    ]


def test_a_part_of_the_detained_gone_missing_after_its_detention():
    assert claim_fields(
        "На блокпосту задержаны 25 мужчин. Шестеро из них пропали после задержания.", "ru"
    ) == [
        ("detained", "men", 25, None, None, "exact", None),
        ("disappeared", "men", 6, None, None, "exact", 0),
    ]
