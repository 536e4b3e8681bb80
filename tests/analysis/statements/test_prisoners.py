"""Prisoners in a prison are a group of their own; the same word in a war names captives
counted as persons, and detainees anywhere are persons (``statements.prisoners``). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Guards at Marsh Hill Prison tortured 12 inmates; three prisoners later died.",
            "en",
            [("tortured", "prisoners", 12), ("killed", "prisoners", 3)],
        ),
        (
            "В тюрьме № 3 во время бунта ранены 8 заключённых.",
            "ru",
            [("injured", "prisoners", 8)],
        ),
        (
            "Исправительная колония № 2: от побоев скончались пятеро заключённых.",
            "ru",
            [("killed", "prisoners", 5)],
        ),
        (
            "Həbsxanada yanğın zamanı 6 məhbus xəsarət alıb.",
            "az",
            [("injured", "prisoners", 6)],
        ),
    ],
)
def test_prisoners_of_a_prison_are_their_own_group(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # No prison named: captives of a war, counted as persons.
        ("The militia executed 30 prisoners near the bridge.", "en", [("killed", "all", 30)]),
        ("У моста были расстреляны 30 заключённых.", "ru", [("killed", "all", 30)]),
        # Detainees are not prisoners, even in a prison.
        ("At the city jail 9 detainees were beaten.", "en", [("tortured", "all", 9)]),
        # Their detention is what the noun says already.
        ("The prison now holds 40 more prisoners.", "en", [("detained", "all", 40)]),
    ],
)
def test_captives_detainees_and_detention_stay_persons(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("During the riot at the penal colony three convicts died.", "en", ("killed", 3)),
        ("Guards at the prison beat 12 convicts.", "en", ("tortured", 12)),
        ("Cəzaçəkmə müəssisəsində 3 məhkumun öldüyü bildirilir.", "az", ("killed", 3)),
        ("Həbsxanada 12 məhkuma işgəncə verilib.", "az", ("tortured", 12)),
    ],
)
def test_convicts_in_a_prison_are_prisoners(text, language, expected):
    assert figures(text, language) == [(expected[0], "prisoners", expected[1])]


def test_convicted_is_no_count_of_convicts():
    assert all(f[1] != "prisoners" for f in figures("Məhkəmə 3 jurnalisti məhkum edib.", "az"))
