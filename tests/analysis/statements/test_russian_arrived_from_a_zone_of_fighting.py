"""Russian: persons who came from a zone of armed conflict or of fighting («прибывшие из зоны
вооружённого конфликта», «из зоны боевых действий») fled it: they are named as the displaced
are, and a register of them counts displaced persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("За месяц зарегистрировано 1 350 прибывших из зоны боевых действий.", 1350),
        (
            "Учёт лиц, прибывших из зоны вооружённого конфликта, на 1 марта\n\n"
            "С начала года зарегистрировано 7 420 человек.",
            7420,
        ),
    ],
)
def test_those_who_came_from_the_fighting_are_displaced(text, count):
    assert claim_fields(text, "ru", FIELDS) == [("displaced", count)]


def test_those_who_came_from_elsewhere_are_no_figure():
    # Near miss: a register of those who came from another region is no count of the displaced.
    text = "За месяц зарегистрировано 1 350 прибывших из соседней области."
    assert claim_fields(text, "ru", FIELDS) == []
