"""«Из них 40 человек — старше 65 лет»: the dash of the Russian copula between persons counted
and their age still gives the age group. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_elderly_after_the_dash():
    text = "В пункте временного размещения живут 300 человек. Из них 40 человек — старше 65 лет."
    assert claim_fields(text, "ru", FIELDS)[1] == ("displaced", "elderly", 40, 0)


def test_near_miss_no_age_after_the_dash():
    text = "В пункте временного размещения живут 300 человек. Из них 40 человек — из Заречья."
    assert claim_fields(text, "ru", FIELDS)[1] == ("displaced", "all", 40, 0)
