"""Russian «остаются без крова» ("remain homeless"), in the present as «остались без крова» in
the past: the persons or families counted are displaced. Without light or a phone line no
one is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Около двух тысяч жителей остаются без крова.", ("displaced", "all", 2000, "about")),
        ("Без жилья остаётся 51 семья.", ("displaced", "families", 51, "exact")),
    ],
)
def test_still_homeless_are_displaced(text, expected):
    assert claim_fields(text, "ru", FIELDS) == [expected]


def test_without_light_is_no_one_displaced():
    """Near miss: houses still without power are no figure of ours."""
    assert claim_fields("Без света остаются 2 тысячи домов.", "ru", FIELDS) == []
