"""«Из деревни ушли человек триста», «ещё несколько сотен уехали сами»: residents who left, by
any verb of leaving said alone (ушли, уехали, as выехали), are displaced; «ушли из жизни» is
death, not a place left. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Весной из деревни ушли человек триста.", ("displaced", 300, "about")),
        ("Власти вывезли 900 жителей, ещё несколько сотен уехали сами.",
         ("displaced", None, "vague")),
        ("Через месяц мы впятером ушли в соседний район.", ("displaced", 5, "exact")),
    ],
)  # fmt: skip
def test_persons_who_left_are_displaced(text, figure):
    assert figure in claim_fields(text, "ru", FIELDS)


def test_near_miss_left_this_life():
    text = "За зиму в посёлке ушли из жизни 14 человек."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 14, "exact")]


def test_near_miss_units_that_left_are_no_one():
    assert claim_fields("К обеду на вызовы ушли 4 бригады.", "ru", FIELDS) == []
