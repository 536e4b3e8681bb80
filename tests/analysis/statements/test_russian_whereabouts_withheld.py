"""Whereabouts withheld by those who hold persons («местонахождение 12 задержанных
родственникам так и не сообщили», «… власти скрывают») are unknown to all others: said of
detainees, an enforced disappearance, as «местонахождение … неизвестно» is. Whereabouts told
late, or of a place, change nothing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Полиция задержала 40 человек. Местонахождение 12 задержанных родственникам так "
            "и не сообщили.",
            [
                ("detained", "all", 40, None, None, "exact", None),
                ("disappeared", "all", 12, None, None, "exact", 0),
            ],
        ),
        (
            "В ходе рейда задержаны 25 человек; местонахождение шестерых из них власти скрывают.",
            [
                ("detained", "all", 25, None, None, "exact", None),
                ("disappeared", "all", 6, None, None, "exact", 0),
            ],
        ),
    ],
)
def test_whereabouts_withheld_are_unknown(text, claims):
    assert claim_fields(text, "ru") == claims


@pytest.mark.parametrize(
    "text",
    [
        "Полиция задержала 40 человек. О местонахождении 12 задержанных родственникам "
        "сообщили на следующий день.",
        "Полиция задержала 40 человек. Местонахождение отдела полиции не сообщается.",
    ],
)
def test_whereabouts_told_or_of_a_place_are_no_disappearance(text):
    assert all(c[0] != "disappeared" for c in claim_fields(text, "ru"))


def test_whereabouts_of_them_withheld_make_the_detained_disappeared():
    assert claim_fields(
        "На блокпосту задержаны 38 мужчин. Их местонахождение власти скрывают.", "ru"
    ) == [("disappeared", "men", 38, None, None, "exact", None)]


def test_whereabouts_of_them_told_leave_the_detained_detained():
    assert claim_fields(
        "На блокпосту задержаны 38 мужчин. Их местонахождение родственникам сообщили через неделю.",
        "ru",
    ) == [("detained", "men", 38, None, None, "exact", None)]
