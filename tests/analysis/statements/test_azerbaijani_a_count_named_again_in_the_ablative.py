"""Azerbaijani has no article: a count with no fate of its own, in the ablative a part is taken
from ("Siyahıdakı 1 540 nəfərdən 190-ı qadındır", of the 1,540 on the list), that repeats an
earlier whole's count names those persons again; its parts are that figure's. Another count
there is other persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_the_missing_on_the_list_named_again():
    text = (
        "Siyahımızda itkin düşmüş kimi qeydə alınmış 1.540 nəfər var. "
        "Siyahıdakı 1.540 nəfərdən 190-ı qadın, 88-i uşaqdır."
    )
    assert _read(text) == [
        ("missing", "all", 1540, None),
        ("missing", "women", 190, 0),
        ("missing", "children", 88, 0),
    ]


def test_those_named_again_with_a_demonstrative():
    text = "Siyahımızda 1.540 itkin düşmüş şəxs var. Bu 1.540 nəfərdən 190-ı qadındır."
    assert _read(text) == [("missing", "all", 1540, None), ("missing", "women", 190, 0)]


def test_near_miss_another_count_is_other_persons():
    text = "Siyahımızda 1.540 itkin düşmüş şəxs var. Kənddəki 600 nəfərdən 190-ı qadındır."
    assert _read(text) == [("missing", "all", 1540, None)]
