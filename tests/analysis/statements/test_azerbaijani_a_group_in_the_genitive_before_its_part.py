"""Azerbaijani names the persons a part is taken from in the plural genitive as well as in
the ablative: "mülki şəxslərin 94-ü uşaqdır" (94 of the civilians are children) is
"mülki şəxslərdən 94-ü", a part of the latest figure of those persons, by their noun of
persons or of a group. A genitive before a bare count owns it ("sakinlərin 94 evi", the
residents' 94 houses), and names no whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_part_of_persons_named_in_the_genitive():
    text = "Bombardman zamanı 260 mülki şəxs öldürülüb. Mülki şəxslərin 71-i uşaqdır."
    assert ("killed", "children", 71, 0) in claim_fields(text, "az", FIELDS)


def test_part_of_residents_in_the_genitive():
    text = "Daşqında 150 sakin yaralanıb. Sakinlərin 40-ı yaşlıdır."
    assert ("injured", "elderly", 40, 0) in claim_fields(text, "az", FIELDS)


def test_part_of_a_group_in_the_genitive():
    text = "Aksiyada 35 jurnalist saxlanılıb. Jurnalistlərin 9-u qadındır."
    assert ("detained", "women", 9, 0) in claim_fields(text, "az", FIELDS)


def test_a_genitive_before_a_bare_count_owns_it():
    # Near miss: the residents' 80 houses are no part of the residents.
    text = "Daşqında 150 sakin yaralanıb. Sakinlərin 80 evi dağılıb."
    assert [c for c in claim_fields(text, "az", FIELDS) if c[3] is not None] == []


def test_genitive_names_a_part_whose_fate_comes_from_its_whole():
    # "mülki şəxslərin" after a semicolon names the civilians counted as a part just before.
    text = (
        "Saxlanılanlardan 300-ü hərbçi, 120-si mülki şəxsdir; mülki şəxslərin 15-i qadındır. "
        "Ümumilikdə 420 nəfər saxlanılıb."
    )
    found = claim_fields(text, "az", FIELDS)
    civilians = [k for k, c in enumerate(found) if c[2] == 120]
    assert civilians
    assert ("detained", "women", 15, civilians[0]) in found
