"""Russian: persons driven somewhere and let go there («вывезли к границе и отпустили») were
released; the drive alone («вывезли из района») moves people. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Через месяц восемь заложников вывезли на трассу и отпустили.",
        "Восемь задержанных отвезли за город и там отпустили.",
        "Восемь пленных были вывезены к блокпосту и освобождены.",
    ],
)
def test_driven_and_let_go_were_released(text):
    assert claim_fields(text, "ru", FIELDS)[-1] == ("released", 8)


def test_near_miss_driven_and_housed_were_displaced():
    text = "Восемь семей вывезли из посёлка и поселили в общежитии."
    assert ("released", 8) not in claim_fields(text, "ru", FIELDS)
    assert claim_fields("Из посёлка вывезли 80 жителей.", "ru", FIELDS) == [("displaced", 80)]
