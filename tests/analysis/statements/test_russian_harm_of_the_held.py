"""«У двадцати задержанных зафиксированы телесные повреждения, из них у четверых — переломы»:
harm found on persons held, in the words of the law and medical reports («телесные
повреждения»), is the mark of their ill-treatment; what persons have is said with «у» before
them and a dash for the verb left out («у четверых — переломы»), after «из них» as well.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_harm_found_on_detainees_and_fractures_among_them():
    text = (
        "Члены комиссии зафиксировали телесные повреждения у двадцати задержанных, "
        "из них у четверых — переломы."
    )
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 20, None), ("injured", 4, 0)]


def test_fractures_after_a_dash_among_the_beaten():
    text = "Избиты 18 человек, из них у троих — переломы рёбер."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 18, None), ("injured", 3, 0)]


def test_bodily_harm_suffered_in_a_fight_stays_an_injury():
    # Near miss: persons not held who suffered harm are injured.
    text = "В драке на рынке семь человек получили телесные повреждения."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 7, None)]
