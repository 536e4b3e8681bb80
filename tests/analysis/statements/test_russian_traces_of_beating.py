"""«У пятерых из них видны следы побоев»: traces of beating on persons say they were beaten, which
statements count as torture (as «следы пыток» do). Traces of a fire say nothing of the kind.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_traces_of_beating_are_torture():
    text = "Полиция задержала 30 человек; у пятерых из них, по словам адвоката, видны следы побоев."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 30, None), ("tortured", 5, 0)]


def test_traces_of_something_else_are_no_torture():
    text = "Полиция задержала 30 человек; у пятерых из них, по словам адвоката, видны следы ожогов."
    assert ("tortured", 5, 0) not in claim_fields(text, "ru", FIELDS)


def test_traces_of_violence_on_bodies_are_torture():
    text = "В колонии скончались 20 заключённых. На телах шестерых из них найдены следы насилия."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 20, None), ("tortured", 6, 0)]
