"""Russian: a list set out one item a line may give an item the parts of its own count after a
comma («— дети — 1 800, в том числе 40 детей без сопровождения;»): the list is still one list,
each item a group of the whole it breaks down, the aside read apart. An aside with an act of
its own is left as it was. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_an_item_with_an_aside_of_parts_keeps_the_list():
    text = (
        "С 1 мая на учёт поставлены 5 200 внутренне перемещённых лиц.\n\n"
        "Структура зарегистрированных:\n"
        "— женщины — 2 100;\n"
        "— дети до 18 лет — 1 800, в том числе 40 детей без сопровождения взрослых;\n"
        "— лица старше 65 лет — 400."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("displaced", "all", 5200, None),
        ("displaced", "women", 2100, 0),
        ("displaced", "children", 1800, 0),
        # The aside's unaccompanied children, a part of the row (``unaccompanied_children``).
        ("displaced", "children", 40, 2),
        ("displaced", "elderly", 400, 0),
    ]


def test_near_miss_an_aside_with_an_act_of_its_own():
    text = (
        "Домой вернулись 70 человек:\n"
        "— 50 военнослужащих;\n"
        "— 20 гражданских лиц, в том числе трое, удерживавшиеся с зимы."
    )
    assert ("released", "servicemen", 50, 0) not in claim_fields(text, "ru", FIELDS)
