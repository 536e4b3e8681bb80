"""A Russian count that a sentence is about («в отношении 95 человек», «о 14 жителях», «про
семерых») takes the fate of a clause opened by «что» whose subject is a pronoun for them
(«…установлено, что они находятся в плену»); a count that is the subject of its own verb
(«заявили, что …») says only what they told. A place of being after a verb of being
(«находятся в плену») is a fate in a relative clause too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "qualifier", "parent"))


def test_in_respect_of_them_it_is_confirmed_that_they_are_held():
    text = "Кроме того, в отношении 95 человек установлено, что они находятся в плену."
    assert _read(text) == [("captured", 95, "exact", None)]


def test_of_them_it_is_known_that_they_died():
    text = "О девятнадцати жителях посёлка стало известно, что они погибли."
    assert _read(text) == [("killed", 19, "exact", None)]


def test_relative_clause_of_being_held():
    text = "Делегация встретилась с родителями 27 солдат, которые остаются в плену."
    assert _read(text) == [("captured", 27, "exact", None)]


def test_near_miss_a_clause_of_another_subject():
    text = "В отношении 95 человек установлено, что суд рассматривает их жалобы."
    assert _read(text) == []
