"""Azerbaijani marks of beating found on persons ("döyülmə izləri", "döymə əlamətləri") count
them as tortured, as marks of torture ("işgəncə izləri") do; "döyülmədiklərini" (that they
were not beaten) counts no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_marks_of_beating_on_the_body_and_those_taken_to_hospital():
    text = (
        "Monitorinq zamanı 18 nəfərin bədənində döyülmə izləri aşkar edilib, onlardan ikisi "
        "xəstəxanaya yerləşdirilib."
    )
    assert _read(text) == [("tortured", "all", 18, None), ("injured", "all", 2, 0)]


def test_signs_of_beating_on_women():
    text = "Həkimlər 4 qadının üzərində döymə əlamətləri qeydə alıb."
    assert _read(text) == [("tortured", "women", 4, None)]


def test_near_miss_not_beaten():
    text = "Saxlanılanlar döyülmədiklərini bildiriblər, 30 nəfər azad edilib."
    assert _read(text) == [("released", "all", 30, None)]
