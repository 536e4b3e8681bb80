"""Azerbaijani: a count broken down after a colon by where each part came from, the source in
the ablative and the verb left out ("…: birinci quyudan 28, ikincidən 9"), gives parts of the
count with its act; "qalan iki quyudan" (from the remaining two pits) names pits counted
before, no figure of its own. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_remains_broken_down_by_the_pit_they_came_from():
    text = (
        "Quyulardan 40 nəfərin qalıqları çıxarılıb: birinci quyudan 28, ikincidən 9, "
        "qalan iki quyudan isə 3 nəfərin."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("found_dead", 40, None),
        ("found_dead", 28, 0),
        ("found_dead", 9, 0),
        ("found_dead", 3, 0),
    ]


def test_the_displaced_broken_down_by_the_quarter_they_left():
    text = "Kənddən 40 nəfər köçürülüb: birinci məhəllədən 25, ikincidən 15."
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", 40, None),
        ("displaced", 25, 0),
        ("displaced", 15, 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kənddə 40 nəfər saxlanılıb, Bakıdan 12 nəfər gəlib.",
        "Kənddə 40 nəfər saxlanılıb: rayondan 12, şəhərdən 9.",
    ],
)
def test_a_place_in_the_ablative_without_an_ordinal_opens_no_part(text):
    assert claim_fields(text, "az", FIELDS) == [("detained", 40, None)]
