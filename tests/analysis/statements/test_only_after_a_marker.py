"""A focus particle between a part's marker and its count ("of them only nine", «из них лишь
девять», "onlardan yalnız 9-u") weighs the count and names no one: the count is still the
marker's part. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Silahlı dəstə Qayalı kəndinin 30 sakinini girov götürüb. Onlardan yalnız 8-i qısa "
         "müddət sonra beynəlxalq vasitəçilərin köməyi ilə azad edilib.", "az"),
        ("Боевики взяли в заложники 30 жителей Сосновки. Из них только восемь были позднее "
         "освобождены.", "ru"),
        ("Боевики взяли в заложники 30 жителей Сосновки. Из них лишь восемь были позднее "
         "освобождены.", "ru"),
        ("Gunmen abducted 30 residents of Brel. Of them, only eight were later released.",
         "en"),
    ],
)  # fmt: skip
def test_a_part_after_only_is_still_a_part(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("captured", 30, None),
        ("released", 8, 0),
    ]
