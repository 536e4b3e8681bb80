"""A count of hostages or captives named again by that noun («освобождены 12 заложников»,
"12 girov azad edilib") after the captured were counted is a part of the captured. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language", "later"),
    [
        ("Отряд взял 50 заложников на рынке. Через неделю освобождены 12 заложников.", "ru",
         "released"),
        ("В Сосновом Бору в плен попали 50 человек. Не менее восьми пленных подверглись "
         "пыткам.", "ru", "tortured"),
        ("Dəstə bazarda 50 nəfəri girov götürüb. Bir həftə sonra 12 girov azad edilib.", "az",
         "released"),
    ],
)  # fmt: skip
def test_hostages_counted_again_are_of_the_captured(text, language, later):
    found = claim_fields(text, language, FIELDS)
    assert ("captured", "all", 50, None) in found, found
    assert any(f[0] == later and f[3] == 0 for f in found), found
