"""Russian «насилие со стороны … в отношении N»: violence by those named after «со стороны»
(staff, guards, police) on persons counted after «в отношении» is torture as statements count
it, past what became of the claim between; violence with no one named as using it may be
anyone's and says none. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "text",
    [
        "Жалобы на применение насилия со стороны охраны подтвердились в отношении 15 арестантов.",
        "Факты насилия со стороны конвоя установлены в отношении 15 задержанных.",
    ],
)
def test_violence_by_someone_on_those_counted(text):
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 15)]


def test_near_miss_violence_with_no_one_named_as_using_it():
    text = "Участники митинга применили насилие в отношении 15 сотрудников полиции."
    assert ("tortured", 15) not in claim_fields(text, "ru", FIELDS)
