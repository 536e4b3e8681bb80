"""How long persons have been held is no count of them: "girovlar 7 gündür saxlanılır" (held
for 7 days), "3 aydır", "5 ildir", "7 gündən bəri", as "held for 7 days" and «удерживают уже
7 дней» are not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Girovlar 7 gündür saxlanılır.", "az"),
        ("Jurnalistlər 3 aydır həbsdə saxlanılır.", "az"),
        ("Onlar 5 ildir həbsdədir.", "az"),
        ("Girovlar 7 gündən bəri saxlanılır.", "az"),
        ("Kəndlilər 2 aylardır əsirlikdədir.", "az"),
        ("The hostages have been held for 7 days.", "en"),
        ("Заложников удерживают уже 7 дней.", "ru"),
    ],
)
def test_how_long_is_no_count(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The persons counted beside how long they are held.
        ("12 nəfər 10 gündən artıqdır saxlanılır.", [("detained", 12, "exact")]),
        # "günahsız" (innocent) is no day.
        ("12 günahsız insan öldürülüb.", [("killed", 12, "exact")]),
    ],
)
def test_the_persons_beside_it_are_counted(text, expected):
    assert _read(text, "az") == expected
