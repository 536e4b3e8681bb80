"""A part named by a person of an age under 18 ("one of them a 9-year-old girl", «один из
них — 9-летняя девочка») counts children. Sentences written here. (The Azerbaijani "9 yaşlı
qızdır" is not read so yet.)"""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three people were wounded, one of them a 12-year-old boy.", "en"),
        ("Three people were wounded, one of them a 12-year-old.", "en"),
        ("Ранены три человека, один из них — 12-летний мальчик.", "ru"),
    ],
)
def test_a_part_under_18_is_a_child(text, language):
    assert figures(text, language) == [("injured", "all", 3, None), ("injured", "children", 1, 0)]


def test_a_part_of_age_is_not():
    text = "Four people were killed, two of them 70-year-old men."
    assert figures(text, "en")[-1] == ("killed", "men", 2, 0)
