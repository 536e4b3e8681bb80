"""Russian: persons staying in a temporary accommodation centre («пункт временного размещения»,
ПВР), which houses only those who fled, are displaced, however the centre is named (in full,
with its abbreviation, by the abbreviation alone, or by a relative clause after it); said
after a count of those who left, they are some of them, whether the place comes before the
count or after it. Those who left on their own are a flight of their own. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "В пунктах временного размещения (ПВР) живут 2 300 человек.",
        "В ПВР находятся 640 человек.",
        "В 12 школах открыты пункты временного размещения, в которых живут около 3 тысяч человек.",
    ],
)
def test_those_staying_in_a_centre_are_displaced(text):
    assert [f[0] for f in claim_fields(text, "ru", FIELDS)] == ["displaced"]


def test_workers_in_a_centre_are_not_displaced():
    # Near miss: a relative clause of what others do in the centres counts no displaced.
    text = "Открыто 12 пунктов временного размещения, в которых работают 40 волонтёров."
    assert not [f for f in claim_fields(text, "ru", FIELDS) if f[0] == "displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "С начала эвакуации посёлок покинули около 5 тысяч человек, в пунктах временного "
        "размещения (ПВР) находятся 1 800 вынужденных переселенцев.",
        "Посёлок покинули около 5 тысяч человек. В пунктах временного размещения живут 1 800 "
        "человек.",
    ],
)
def test_those_in_a_centre_are_of_those_who_left(text):
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 5000, None), ("displaced", 1800, 0)]


def test_those_in_a_centre_after_other_news_stand_alone():
    # Near miss: no count of the displaced before them.
    text = "Погибли 3 человека, в пунктах временного размещения (ПВР) находятся 1 800 человек."
    assert ("displaced", 1800, None) in claim_fields(text, "ru", FIELDS)


def test_others_who_left_on_their_own_are_no_part():
    text = (
        "Организованно посёлок покинули 5 тысяч человек. Ещё около 400 жителей выехали "
        "самостоятельно."
    )
    assert ("displaced", 400, None) in claim_fields(text, "ru", FIELDS)
