"""Persons counted after the active «держали» are held, detained as those «удерживали»
are, whoever held them (villagers held by soldiers in a building and not called hostages are
detained, as sealed7's header has it). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По словам очевидца, военные держали в спортзале около тридцати человек.",
            [("detained", 30, "about")],
        ),
        ("Боевики удерживали на ферме 14 жителей села.", [("detained", 14, "exact")]),
        ("Сотрудники полиции держали в автозаке 9 человек.", [("detained", 9, "exact")]),
    ],
)
def test_the_held_by_who_held_them(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_holding_no_persons_is_nothing():
    assert claim_fields("Защитники держали оборону 40 дней.", "ru", FIELDS) == []


def test_parts_of_the_held_are_held():
    text = "Боевики держали в подвале 25 человек, из них 4 женщины."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == [
        ("detained", "all", 25, None),
        ("detained", "women", 4, 0),
    ]


def test_a_count_taken_back_by_who_gave_it_is_no_claim():
    text = "В подвале держали пятнадцать человек. Пятнадцать — это я ошиблась."
    assert claim_fields(text, "ru", ("category", "count")) == []


def test_a_count_said_again_and_explained_stands():
    # Near miss: the dash gives where they were, no mistake.
    text = "По её словам, погибли двадцать человек. Двадцать — это только в нашем селе."
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 20)]
