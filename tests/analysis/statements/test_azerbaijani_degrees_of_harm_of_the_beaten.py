"""Azerbaijani persons counted by a degree of harm (broken bones, taken to hospital) right
after a count of persons beaten, in the same sentence, are a part of the beaten, not of the
whole the beaten were taken from. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_broken_bones_after_the_beaten():
    text = "Polis 40 nəfəri saxlayıb. Saxlananlardan 9-u döyüldüyünü deyib, üçünün qolu sınıb."
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", 3, 1)


def test_taken_to_hospital_after_the_beaten():
    text = "Düşərgədə 70 nəfər saxlanılır, onlardan 15-i döyülüb, dördü isə xəstəxanaya aparılıb."
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", 4, 1)


def test_hurt_with_no_degree_stays_a_part_of_the_whole():
    # Near miss: "yaralanıb" names no degree of harm; the wounded are of all the held.
    text = "Düşərgədə 70 nəfər saxlanılır, onlardan 15-i döyülüb, dördü isə yaralanıb."
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", 4, 0)


def test_more_than_the_beaten_are_no_part_of_them():
    # Near miss: 20 taken to hospital cannot be of the 15 beaten.
    text = "Düşərgədə 70 nəfər saxlanılır, onlardan 15-i döyülüb, 20-si isə xəstəxanaya aparılıb."
    assert claim_fields(text, "az", FIELDS)[2] == ("injured", 20, 0)
