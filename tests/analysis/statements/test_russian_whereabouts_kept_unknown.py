"""Russian «местонахождение … не установлено / неизвестно / остаётся неизвестным»: the
neuter predicate of whereabouts kept unknown, with an adverb of time or none, says the fate
of those counted between is unknown, as «судьба … не установлена» does; whereabouts
established say nothing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "predicate",
    ["не установлено", "до сих пор не установлено", "пока неизвестно", "остаётся неизвестным"],
)
def test_whereabouts_kept_unknown(predicate):
    text = f"После наводнения местонахождение ещё пятерых рыбаков {predicate}."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 5, None)]


def test_whereabouts_of_a_part_of_the_detained():
    text = "Патруль задержал 30 человек; 22 отпущены, местонахождение ещё шестерых не установлено."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", 30, None),
        ("released", 22, 0),
        ("disappeared", 6, 0),
    ]


def test_near_miss_whereabouts_established():
    text = "В ходе поисков местонахождение 17 рыбаков установлено."
    assert claim_fields(text, "ru", FIELDS) == []
