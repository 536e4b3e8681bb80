"""Persons counted among a fate that no figure counts ("Among those released were 4 injured
journalists", «Среди освобождённых — 4 раненых журналиста», "Azad edilənlər arasında 4 yaralı
jurnalist var") are that fate's figure, and the fate of their own adjective a part of it, as
the wounded among the returned are. With the fate counted before, the count stays a part of
that figure; with no adjective of a fate, it is only of the marker's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")
RELEASED_AND_INJURED = [
    ("released", "journalists", 4, None),
    ("injured", "journalists", 4, 0),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Among those released were 4 injured journalists.", "en"),
        ("Среди освобождённых — 4 раненых журналиста.", "ru"),
        ("Azad edilənlər arasında 4 yaralı jurnalist var.", "az"),
    ],
)
def test_a_count_among_the_released_with_no_figure_of_them(text, language):
    assert claim_fields(text, language, FIELDS) == RELEASED_AND_INJURED


def test_among_the_returned_with_a_degree_of_the_wounds():
    text = "Among those returned were 10 seriously wounded soldiers."
    assert claim_fields(text, "en", FIELDS) == [
        ("released", "servicemen", 10, None),
        ("injured", "servicemen", 10, 0),
    ]


def test_near_miss_the_released_counted_before_stay_the_whole():
    text = "Twenty detainees were released. Among those released were 4 injured journalists."
    assert claim_fields(text, "en", FIELDS) == [
        ("released", "all", 20, None),
        ("injured", "journalists", 4, 0),
    ]


def test_near_miss_a_count_with_no_fate_of_its_own_is_only_of_the_marker():
    text = "Among those detained were 4 journalists."
    assert claim_fields(text, "en", FIELDS) == [("detained", "journalists", 4, None)]
