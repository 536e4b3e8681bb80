"""A bare count after «их» ("there are N of them") that gives again an earlier figure's count
of the same act and group is that figure, not a second one; another count so said stands.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_their_number_said_again_is_one_figure():
    text = "На митинге задержаны 87 человек. Утром мы пересчитали задержанных — их 87."
    assert figures(text) == [("detained", 87)]


def test_their_number_after_was_is_one_figure_too():
    text = "На митинге задержаны 87 человек. По спискам их было 87."
    assert figures(text) == [("detained", 87)]


def test_another_number_of_them_stands():
    text = "На митинге задержаны 87 человек. Утром мы пересчитали задержанных — их 90."
    assert figures(text) == [("detained", 87), ("detained", 90)]
