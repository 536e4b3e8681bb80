"""«Похитили 23 человека, в том числе семерых женщин … 16 освобождены … судьба оставшихся
семерых»: a whole broken down by groups and, apart, by what befell its persons is completed
by the rest with the parts by fate alone (16 and 7 are 23); where they do not add up, the
rest is not taken for that whole's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def _text(whole: int) -> str:
    return (
        f"Боевики похитили в посёлке {whole} жителей, в том числе шестерых женщин. Пятнадцать "
        "похищенных освобождены, из них четверо после выкупа. Судьба оставшихся восьмерых "
        "неизвестна."
    )


def test_the_rest_completes_the_whole_with_its_parts_by_fate():
    assert claim_fields(_text(23), "ru", FIELDS)[-1] == ("disappeared", "all", 8, 0)


def test_near_miss_counts_that_do_not_add_up():
    assert claim_fields(_text(30), "ru", FIELDS)[-1][3] is None
