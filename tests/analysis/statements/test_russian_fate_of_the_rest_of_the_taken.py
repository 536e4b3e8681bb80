"""«Судьба оставшихся семерых неизвестна», «о судьбе остальных восемнадцати ничего не
известно», «судьба ещё четверых не установлена»: the rest of persons taken, the others released,
whose fate is said unknown, have disappeared; a part not called the rest («судьба семерых из
них неизвестна») stays missing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "fate",
    [
        "Судьба оставшихся девятерых неизвестна.",
        "О судьбе остальных девяти ничего не известно.",
        "Судьба ещё девятерых до сих пор не установлена.",
    ],
)
def test_the_rest_of_the_taken_whose_fate_is_unknown_disappeared(fate):
    text = (
        f"Вооружённые люди похитили в селе 21 человека. Двенадцать похищенных освобождены. {fate}"
    )
    assert claim_fields(text, "ru", FIELDS)[2] == ("disappeared", 9, 0)


def test_near_miss_a_part_not_called_the_rest():
    text = "Вооружённые люди похитили 21 человека; судьба девятерых из них неизвестна."
    assert claim_fields(text, "ru", FIELDS)[1] == ("missing", 9, 0)


def test_a_part_of_those_named_by_their_taking_past_other_figures():
    text = (
        "Боевики увели с собой 20 мужчин. Погибли 11 мирных жителей. "
        "Восьмерых из уведённых мужчин отпустили. О судьбе остальных двенадцати мужчин "
        "ничего не известно."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", 20, None),
        ("killed", 11, None),
        ("released", 8, 0),
        ("disappeared", 12, 0),
    ]


def test_near_miss_a_part_of_them_takes_the_figure_just_before():
    text = "Боевики увели с собой 20 мужчин. Погибли 11 мирных жителей. Восьмерых из них отпустили."
    assert claim_fields(text, "ru", FIELDS)[2] == ("released", 8, None)
