"""Russian words for those a fire or a war drove out and for pupils: «погорельцы» lost their
homes (displaced), «обучающиеся» are children, and those who left «за пределы» a region fled
it (displaced). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_burnt_out_are_displaced():
    text = "После пожара на улице Садовой 31 погорелец ночует в клубе."
    assert ("displaced", "all", 31, None) in claim_fields(text, "ru", FIELDS)


def test_those_who_study_are_children():
    text = "Во время обстрела в Заречье убиты 6 обучающихся колледжа."
    assert ("killed", "children", 6, None) in claim_fields(text, "ru", FIELDS)


def test_leaving_past_the_bounds_of_a_region_is_displacement():
    text = "За месяц около 900 семей выехали за пределы области."
    found = claim_fields(text, "ru", FIELDS)
    assert any(f[0] == "displaced" and f[2] == 900 for f in found), found
