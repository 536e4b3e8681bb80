"""Azerbaijani names persons by a participle of their taking right before their count
("silahlılar tərəfindən aparılan 4 çobanın taleyi məlum deyil", "polisin saxladığı 2 fəaldan
xəbər yoxdur"): taken, then their fate unknown, they have disappeared, as English "the
whereabouts of 13 people arrested on 4 March are unknown" says after the count. A count
named by no taking, or by going missing, stays missing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Silahlılar tərəfindən aparılan 4 çobanın taleyi hələ də məlum deyil.", 4),
        ("Polisin saxladığı 2 fəaldan heç bir xəbər yoxdur.", 2),
        ("Həbs edilən ən azı 9 tələbənin taleyi bilinmir.", 9),
    ],
)
def test_taken_then_unknown_have_disappeared(text: str, count: int) -> None:
    assert claim_fields(text, "az", ("category", "count")) == [("disappeared", count)]


@pytest.mark.parametrize(
    "text",
    [
        "Daşqında itkin düşən 4 çobanın taleyi hələ də məlum deyil.",
        "Dağ kəndindən olan 4 çobanın taleyi hələ də məlum deyil.",
    ],
)
def test_near_miss_no_taking_stays_missing(text: str) -> None:
    assert claim_fields(text, "az", ("category", "count")) == [("missing", 4)]
