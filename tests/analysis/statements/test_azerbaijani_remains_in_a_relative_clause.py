"""The remains of persons counted may be the subject of a relative clause about a grave ("25
nəfərin cəsədlərinin basdırıldığı məzarlıq", the grave where the bodies of 25 were buried):
the participle ends as a possessed noun does, but it is a verb; the remains are still what is
counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier"))


def test_a_grave_where_remains_are():
    text = "Kəndin yaxınlığında ən azı 35 nəfərin qalıqlarının olduğu məzarlıq aşkar edilib."
    assert _read(text) == [("found_dead", 35, "at_least")]


def test_a_grave_where_bodies_were_buried():
    text = "Çayın sahilində 25 nəfərin cəsədlərinin basdırıldığı məzarlıq tapılıb."
    assert _read(text) == [("found_dead", 25, "exact")]


def test_near_miss_the_owner_of_an_operation():
    text = "19 girov polis əməliyyatı nəticəsində azad edilib."
    assert _read(text) == [("released", 19, "exact")]
