"""A count of remains in the locative ("qalıqların 30-dan çoxunda", in more than 30 of the
remains; "meyitlərin ikisində") says where a mark was found, not how many remains were found.
A count of remains with another ending is still counted. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier", "parent"))


def test_marks_in_more_than_so_many_of_the_remains():
    text = (
        "Xəndəkdən ən azı 45 nəfərin qalıqları çıxarılıb. Qalıqların 30-dan çoxunda "
        "güllə yarası izləri aşkarlanıb."
    )
    assert _read(text) == [("found_dead", 45, "at_least", None)]


def test_marks_in_two_of_the_bodies():
    text = "Meyitlərin ikisində bağlanma izləri qeydə alınıb."
    assert _read(text) == []


def test_near_miss_remains_counted_with_another_ending():
    text = "Xəndəkdən 45 nəfərin qalıqları çıxarılıb, onlardan 30-u qadınlara məxsusdur."
    assert _read(text)[0] == ("found_dead", 45, "exact", None)
    assert len(_read(text)) == 2
