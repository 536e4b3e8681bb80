"""Azerbaijani names the whole of a part in the genitive and the part by the counter "nəfər"
in the possessive ("Köçkünlərin 3 100 nəfəri", 3,100 of the displaced), as it does by a
number in the possessive ("köçkünlərin 120-si"). The bare counter after a genitive owns
nothing ("köçkünlərin 2 500 nəfər üçün …": for 2,500 persons). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_counter_in_the_possessive_after_the_displaced():
    text = (
        "Son həftədə 8 000 nəfər köçkün düşüb. Köçkünlərin 2 500 nəfəri məktəblərdə yerləşdirilib."
    )
    assert claim_fields(text, "az", FIELDS)[1] == ("displaced", 2500, 0)


def test_counter_with_a_case_after_those_released():
    text = (
        "Ötən ay 640 məhbus azadlığa buraxılıb. "
        "Azad edilənlərin 55 nəfərinin səhhəti ağırdır, 18 nəfəri isə xəstəxanaya yerləşdirilib."
    )
    assert ("released", 55, 0) in claim_fields(text, "az", FIELDS)


def test_bare_counter_after_a_genitive_is_no_part():
    # Near miss: "nəfər" with no possessive is counted for, not of, the displaced.
    text = "Son həftədə 8 000 nəfər köçkün düşüb. Köçkünlərin 2 500 nəfər üçün çadır quraşdırılıb."
    assert claim_fields(text, "az", FIELDS) == [("displaced", 8000, None)]
