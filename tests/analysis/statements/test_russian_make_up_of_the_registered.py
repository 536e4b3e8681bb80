"""Russian: a heading of the make-up of those registered («Структура зарегистрированных:»,
«Состав …:») breaks down the count told before it, as «Из числа зарегистрированных:» does; a
register names no fate of its own, so its groups are of the displaced counted before it,
whatever verb counted them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_make_up_of_the_registered_after_the_displaced():
    text = (
        "За неделю на учёт поставлены 3 100 внутренне перемещённых лиц. Структура "
        "зарегистрированных: женщины — 1 200; дети — 900."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("displaced", "all", 3100, None),
        ("displaced", "women", 1200, 0),
        ("displaced", "children", 900, 0),
    ]


def test_near_miss_a_register_with_no_displaced_before_it():
    text = "Полиция задержала 300 человек. Структура зарегистрированных: женщины — 120; дети — 90."
    assert all(c[3] is None for c in claim_fields(text, "ru", FIELDS))
