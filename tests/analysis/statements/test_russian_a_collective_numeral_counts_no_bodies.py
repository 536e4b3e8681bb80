"""A Russian collective numeral («трое») counts persons, never bodies: after «извлечены тела
9 человек», «ещё трое считаются пропавшими» are three missing persons, not three more bodies.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Спасатели извлекли из-под завалов тела 7 человек, ещё трое считаются пропавшими без вести.",
        "Из реки извлечены тела 7 человек, ещё трое пропали без вести.",
    ],
)
def test_persons_after_bodies_have_their_own_fate(text):
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 7, None), ("missing", 3, None)]


def test_near_miss_a_cardinal_after_bodies_counts_bodies():
    text = "Из реки извлечены тела 7 человек, ещё 3 опознаны."
    assert claim_fields(text, "ru", ("category", "count"))[0] == ("found_dead", 7)
    assert ("missing", 3) not in claim_fields(text, "ru", ("category", "count"))
