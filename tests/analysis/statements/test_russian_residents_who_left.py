"""Russian «выехали» said alone, with no «из» or «за пределы» after it, counts the residents
who left their places as displaced, as «размещены» counts those put up elsewhere: the table
said in words («выехали — 300 человек») and the running text alike. A crew or rescuers sent
out («на место выехали 6 спасателей») are no one the lexicon counts, and no figure. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пос. Каменка: выехали — около 3 тыс. жителей.", [("displaced", 3000, "about")]),
        ("За неделю из-за обстрелов выехали 520 человек.", [("displaced", 520, "exact")]),
        ("По району выехали свыше 1,4 тыс. семей.", [("displaced", 1400, "at_least")]),
        ("Дер. Сосновка: выехавших нет.", [("displaced", 0, "exact")]),
    ],
)
def test_residents_who_left_are_displaced(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a crew and rescuers sent out to a place.
        "По вызову выехали 3 бригады скорой помощи.",
        "К месту обрушения выехали 6 спасателей.",
    ],
)
def test_a_crew_sent_out_is_no_figure(text):
    assert claim_fields(text, "ru", FIELDS) == []
