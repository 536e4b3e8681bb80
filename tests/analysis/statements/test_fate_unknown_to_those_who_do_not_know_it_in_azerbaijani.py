"""Azerbaijani "taleyi barədə heç nə bilmirik" (we know nothing of their fate) and "harada
olduğunu bilmir" (does not know where they are), said of persons taken: their fate is
unknown, as "taleyi məlum deyil" says. "Onlardan 9-nun ailəsi" (the families of nine of them)
counts the nine, not families. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_rest_of_the_taken_of_whose_fate_we_know_nothing():
    text = (
        "Hərbçilər postdan 14 kişini apardılar. Onlardan 5-i buraxıldı. "
        "Qalan 9 kişinin taleyi barədə indiyədək heç nə bilmirik."
    )
    assert ("disappeared", "men", 9, 0) in claim_fields(text, "az", FIELDS)


def test_the_families_of_a_part_do_not_know_where_they_are():
    text = (
        "Silahlı dəstə kənddən 30 nəfəri apardı. "
        "Onlardan 9-nun ailəsi hələ də onların harada olduğunu bilmir; 21-i evə qayıdıb."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("disappeared", "all", 9, 0) in claims
    assert all(subgroup != "families" for _, subgroup, _, _ in claims)


def test_near_miss_what_we_do_know():
    text = "Qalan 9 kişinin taleyi barədə hər şeyi bilirik."
    assert claim_fields(text, "az", FIELDS) == []
