"""Russian «защитники» (defenders) counted are a country's soldiers: servicemen, as
«военнослужащие» are; the defender of an accused («защитник подсудимого») is the counsel, a
lawyer. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    [
        "На родину возвращены тела 40 павших защитников.",
        "В ходе обмена из плена освобождены 17 защитников города.",
    ],
)
def test_defenders_are_servicemen(text):
    assert [c[1] for c in claim_fields(text, "ru", FIELDS)] == ["servicemen"]


def test_defenders_of_the_accused_are_lawyers():
    """Near miss: the counsel of those accused or held."""
    text = "У здания суда задержаны 3 защитника обвиняемых."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "lawyers", 3)]


def test_the_counsel_speaking_labels_nothing():
    """Near miss: «Защитник:» who asks in court is one counsel, no group of those counted."""
    text = "Защитник: Сколько из задержанных вернулись? Свидетель: Пятеро из них."
    assert all(c[1] != "servicemen" for c in claim_fields(text, "ru", FIELDS))
