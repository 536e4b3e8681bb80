"""«Пострадали 20 человек, у троих переломы»: fractures are injuries, and a degree of being hurt,
so the persons with them after a count of the hurt are a part of it; after a count of something
else they are injured persons with no whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_fractures_among_the_hurt_are_a_part_of_them():
    text = "После разгона митинга пострадали 20 человек, у троих переломы рёбер."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 20, None), ("injured", 3, 0)]


def test_fractures_after_another_act_have_no_whole():
    text = "После разгона митинга задержаны 20 человек. У троих переломы рёбер."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 20, None), ("injured", 3, None)]
