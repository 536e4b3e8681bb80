""" "Yetkinlik yaşına çatmamış" (not come of age) names minors: after a count before "var"
(there are) it is the counted noun ("arasında 3 yetkinlik yaşına çatmamış var"), and before a
count of persons it is their age ("yetkinlik yaşına çatmamış 4 nəfər"), as "18 yaşına
çatmamış" is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_minors_counted_among_the_detained():
    text = "Aksiyada 40 nəfər saxlanılıb. Saxlanılanlar arasında 3 yetkinlik yaşına çatmamış var."
    assert _read(text) == [("detained", "all", 40, None), ("detained", "children", 3, 0)]


def test_not_of_age_before_a_count_of_persons():
    text = "Yetkinlik yaşına çatmamış 6 nəfər məhkəməsiz buraxılıb."
    assert _read(text) == [("released", "children", 6, None)]


def test_near_miss_come_of_age_is_no_child():
    text = "Yetkinlik yaşına çatmış 6 nəfər məhkəməsiz buraxılıb."
    assert _read(text) == [("released", "all", 6, None)]


def test_a_part_said_to_be_persons_not_of_age():
    # "şəxsdir" after the bare "-mış": the persons the part is, not an attribute of a count.
    text = "Aksiyada 60 nəfər saxlanılıb, onlardan 9-u yetkinlik yaşına çatmamış şəxsdir."
    assert _read(text) == [("detained", "all", 60, None), ("detained", "children", 9, 0)]


def test_near_miss_a_part_said_to_be_persons_come_of_age():
    text = "Aksiyada 60 nəfər saxlanılıb, onlardan 9-u yetkinlik yaşına çatmış şəxsdir."
    assert _read(text) == [("detained", "all", 60, None), ("detained", "all", 9, 0)]
