"""Azerbaijani "onlardan 12-si uşaqlarla bağlı olub" (12 of them concerned children), as "12 of
them involving children" and «12 из них касались детей»: a part of cases said to concern a
group, in the instrumental before "bağlı", counts that group. A group the lexicon names no
label of ("saxlanılan şəxslərlə", detained persons) gives no subgroup. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_cases_concerning_children():
    text = "Missiya 40 işgəncə halını qeydə alıb, onlardan 12-si uşaqlarla bağlı olub."
    assert claim_fields(text, "az", FIELDS) == [
        ("tortured", "all", 40, None),
        ("tortured", "children", 12, 0),
    ]


def test_a_part_of_cases_concerning_women_with_the_copula():
    text = "Missiya 50 məcburi yoxa çıxma halını sənədləşdirib, onlardan 7-si qadınlarla bağlıdır."
    assert claim_fields(text, "az", FIELDS)[1] == ("disappeared", "women", 7, 0)


def test_near_miss_a_group_with_no_label():
    text = "Missiya 40 işgəncə halını qeydə alıb, onlardan 12-si saxlanılan şəxslərlə bağlı olub."
    assert all(subgroup == "all" for _, subgroup, _, _ in claim_fields(text, "az", FIELDS))
