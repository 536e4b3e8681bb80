"""Persons living in a camp («в лагере живут около 2600 человек», "düşərgədə təxminən 2600 nəfər
yaşayır") have left their homes: displaced, in Russian and Azerbaijani. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Буря повредила палатки у Красного Холма. В лагере живут около 2600 человек, из них "
         "900 детей.", "ru"),
        ("Gecə fırtına Qırmızı Təpədə çadırlara ziyan vurub. Düşərgədə təxminən 2600 nəfər "
         "yaşayır, onlardan 900-ü uşaqdır.", "az"),
    ],
)  # fmt: skip
def test_residents_of_a_camp_are_displaced(text, language):
    found = claim_fields(text, language, FIELDS)
    assert ("displaced", "all", 2600, None) in found
    assert ("displaced", "children", 900, 0) in found
