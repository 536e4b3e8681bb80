"""Russian «Судьба ещё троих … до настоящего времени не установлена», opening the sentence
after a part of persons taken («Двое из них скончались»), counts more of the first whole,
whose fate is kept back: disappeared, a part of those taken. «до настоящего времени» is read
as «до сих пор» is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_fate_of_another_few_after_a_part():
    text = (
        "Вооружённые люди похитили 11 жителей села. Пятеро из них позднее освобождены. "
        "Судьба ещё четверых похищенных до настоящего времени не установлена."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 11, None),
        ("released", "all", 5, 0),
        ("disappeared", "all", 4, 0),
    ]


def test_another_few_in_a_new_paragraph_stay_apart():
    """Near miss: after a new paragraph the fate is no longer said of the same persons."""
    text = (
        "Вооружённые люди похитили 11 жителей села. Пятеро из них позднее освобождены.\n\n"
        "Судьба ещё четверых жителей района не установлена."
    )
    assert claim_fields(text, "ru", FIELDS)[-1][3] is None
