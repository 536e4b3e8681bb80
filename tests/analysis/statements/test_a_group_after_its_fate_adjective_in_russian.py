"""Russian «7 раненых полицейских»: the count takes the fate adjective as its word, and the
group after it in the same case is what it counts. A noun after the adjective in another case
(«троих раненых медики оценивают»: the medics are the subject) is no group of theirs.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_group_after_the_adjective():
    text = "Среди освобождённых — 7 раненых полицейских."
    assert claim_fields(text, "ru", FIELDS)[0] == ("released", "police officers", 7)


def test_near_miss_a_noun_in_another_case():
    text = "Состояние троих раненых медики оценивают как тяжёлое."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 3)]
