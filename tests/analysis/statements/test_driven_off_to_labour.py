"""Persons driven off to forced labour («угнаны на принудительные работы») were deported:
displaced; driven off by armed men with no labour named they were seized. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_driven_off_to_labour_is_displacement():
    text = "Осенью 1942 года из Дубков 88 человек угнаны на тяжёлые работы в Германию."
    assert ("displaced", "all", 88) in claim_fields(text, "ru", FIELDS)


def test_driven_off_by_armed_men_is_a_seizure():
    text = "В марте боевики угнали 40 жителей хутора Ясного."
    assert ("captured", "all", 40) in claim_fields(text, "ru", FIELDS)
