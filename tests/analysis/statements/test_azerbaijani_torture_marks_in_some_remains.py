"""A count of remains in the locative ("qalıqların 5-ində", in five of the remains) says where a
mark was found and is no count of its own; but marks of torture or beating found on them
("işgəncə izləri", "döyülmə izləri") say those persons were tortured: a part of the remains
recovered, as "onlardan 5-inin üzərində işgəncə izləri" is. Marks of gunshots stay no count.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_torture_marks_in_some_of_the_remains():
    text = (
        "Məzarlıqdan 30 nəfərə məxsus qalıqlar çıxarılıb. "
        "Qalıqların 5-ində işgəncə izləri aşkarlanıb."
    )
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 30, None), ("tortured", 5, 0)]


def test_marks_of_beating_in_some_of_the_bodies():
    text = "Məzarlıqdan 30 nəfərin meyiti çıxarılıb. Meyitlərin beşində döyülmə izləri var."
    assert claim_fields(text, "az", FIELDS)[1] == ("tortured", 5, 0)


def test_gunshot_marks_are_still_no_count():
    # Near miss: marks of gunshot wounds tell of no torture.
    text = (
        "Xəndəkdən 45 nəfərin qalıqları çıxarılıb. "
        "Qalıqların 12-sində güllə yarası izləri aşkarlanıb."
    )
    assert claim_fields(text, "az", FIELDS) == [("found_dead", 45, None)]
