"""Azerbaijani "Aparılan kişilərdən 12-si kəndin yaxınlığında azad edilib" (of the men taken
away, 12 were freed near the village): the participle before the persons in the ablative
tells who the whole were; the part's own verb after it, past a place, is what befell the part.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_of_the_taken_freed_past_a_place():
    text = "Silahlılar 16 kişini aparıb. Aparılan kişilərdən 9-u şəhərin kənarında azad edilib."
    assert claim_fields(text, "az", FIELDS) == [("captured", 16, None), ("released", 9, 0)]


def test_a_part_of_the_detained_released_past_a_time():
    text = "Polis 40 nəfəri saxlayıb. Saxlanılan şəxslərdən 25-i ertəsi gün səhər azad edilib."
    assert claim_fields(text, "az", FIELDS) == [("detained", 40, None), ("released", 25, 0)]


def test_near_miss_a_participle_in_the_ablative_is_the_whole_itself():
    # "Saxlanılanlardan" is both the act and the persons: nothing to set apart.
    text = "Polis 40 nəfəri saxlayıb. Saxlanılanlardan 25-i azad edilib."
    assert claim_fields(text, "az", FIELDS) == [("detained", 40, None), ("released", 25, 0)]
