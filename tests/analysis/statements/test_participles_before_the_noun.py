"""A participle between the number and the persons counted describes them, and the noun after
it still names the group ("12 abducted nurses", «40 задержанных студентов», "12 həlak olmuş
uşaq"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The report lists 12 abducted nurses.", "en", ("captured", "medical workers", 12)),
        ("Правозащитники насчитали 40 задержанных студентов.", "ru", ("detained", "students", 40)),
        ("Hesabatda 12 həlak olmuş uşaq qeyd olunub.", "az", ("killed", "children", 12)),
        ("Xəstəxanaya 7 yaralanmış qadın gətirilib.", "az", ("injured", "women", 7)),
    ],
)
def test_the_noun_after_a_participle_names_the_group(text, language, expected):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == [expected]
