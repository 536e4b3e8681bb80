"""A Russian count held in a place of detention with the verb in the singular («в
изоляторах содержалось 18 412 человек», «в колонии находится 300 человек») is detained: the
place says who is held. The singular verb with no such place («в докладе содержится 12
рекомендаций») counts nothing held. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На 1 июля в следственных изоляторах области содержалось 2 315 человек, "
            "из них 140 женщин.",
            [("detained", "all", 2315, None), ("detained", "women", 140, 0)],
        ),
        (
            "Сейчас в женской колонии под Тулой находится 37 журналисток.",
            [("detained", "journalists", 37, None)],
        ),
    ],
)
def test_held_in_a_place_of_detention(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_document_that_contains_a_count_holds_no_one():
    """Near miss: the singular verb of a document's contents."""
    text = "В ответе министерства содержится 14 пунктов и приложение."
    assert claim_fields(text, "ru", FIELDS) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По сведениям уполномоченного, в местах принудительного содержания находятся "
            "612 иностранцев.",
            [("detained", "all", 612, None)],
        ),
        (
            "В центре временного содержания иностранных граждан содержались 58 человек.",
            [("detained", "all", 58, None)],
        ),
    ],
)
def test_held_where_foreigners_are_kept_for_removal(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_centre_of_temporary_lodging_holds_no_one():
    """Near miss: «временного размещения» lodges the displaced; it holds no one."""
    text = "В пункте временного размещения находятся 75 переселенцев."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", "all", 75, None)]
