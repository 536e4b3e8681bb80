"""An eye, a hand, a leg, sight or hearing lost to harm is an injury, in Russian as a limb
lost already was («двое из них лишились глаза», «потерял ногу», «лишились зрения») and in
Azerbaijani as a limb or an eye was ("görmə qabiliyyətini itirib"); a person lost ("потеряли
руководителя") or a job lost ("iş yerini itirib") is no harm counted. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Девять грузчиков ранены при взрыве; трое из них лишились глаза.", "ru",
         [("injured", "all", 9, None), ("injured", "all", 3, 0)]),
        ("Двое подростков потеряли ногу, подорвавшись на мине.", "ru",
         [("injured", "children", 2, None)]),
        ("Четверо пострадавших лишились зрения.", "ru", [("injured", "all", 4, None)]),
        ("Partlayışda 9 fəhlə yaralanıb, onlardan üçü görmə qabiliyyətini itirib.", "az",
         [("injured", "all", 9, None), ("injured", "all", 3, 0)]),
    ],
)  # fmt: skip
def test_lost_to_harm(text: str, language: str, expected: list[tuple]) -> None:
    assert claim_fields(text, language, FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("12 сотрудников потеряли руководителя.", "ru"),
        ("Трое рабочих лишились премии.", "ru"),
        ("12 işçi iş yerini itirib.", "az"),
    ],
)
def test_near_miss_nothing_of_the_body_lost(text: str, language: str) -> None:
    assert claim_fields(text, language, FIELDS) == []
