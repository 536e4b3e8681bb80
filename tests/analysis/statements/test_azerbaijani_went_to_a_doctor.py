"""Persons who went to a doctor after an act ("həkimə müraciət edib") were hurt, as those who
sought medical help were; of those beaten, some so hurt are a part of the beaten. A visit to a
doctor's office that says nothing of harm ("həkim 20 nəfəri müayinə edib") counts nothing.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier", "parent"))


def test_of_the_beaten_some_saw_a_doctor():
    text = (
        "Aksiyada 90 nəfər saxlanılıb. Saxlanılanlardan 25-i döyülüb. Onlardan 6-sı "
        "sonradan həkimə müraciət edib."
    )
    assert _read(text) == [
        ("detained", 90, "exact", None),
        ("tortured", 25, "exact", 0),
        ("injured", 6, "exact", 1),
    ]


def test_near_miss_a_doctor_examining_is_no_harm():
    assert _read("Həkim dünən 20 nəfəri müayinə edib.") == []
