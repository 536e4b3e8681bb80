"""A group said of all the persons just counted, set off by a semicolon rather than a comma
("12 nəfərin meyiti tapılıb; onların hamısı qadındır", "…; all of them children"), is their
subgroup. A semicolon before another clause about them gives none. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_azerbaijani_all_of_them_after_a_semicolon():
    text = "Çay kənarında 12 nəfərin meyiti tapılıb; onların hamısı qadındır."
    assert claim_fields(text, "az", FIELDS) == [("found_dead", "women", 12)]


def test_azerbaijani_all_without_their():
    text = "Gecə yarısı 9 nəfər saxlanılıb; hamısı uşaqdır."
    assert claim_fields(text, "az", FIELDS) == [("detained", "children", 9)]


def test_near_miss_another_clause_about_them():
    text = "Gecə yarısı 9 nəfər saxlanılıb; polis onların hamısını ayrı otaqlarda sorğulayıb."
    assert claim_fields(text, "az", FIELDS) == [("detained", "all", 9)]
