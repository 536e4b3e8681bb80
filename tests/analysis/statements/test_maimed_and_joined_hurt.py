"""Maiming is an injury ("the maiming of 23 children", "23 uşağın şikəst edilməsi"); persons
joined by "and" to a count of the hurt with one predicate of harm ("17 demonstrators and 4
officers required medical treatment") stand beside it, not inside it, while the hurt counted
by a degree in a sentence of their own are part of the hurt before them. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mission verified the killing of 4 children and the maiming of 11 children.", "en"),
        ("Missiya 4 uşağın öldürülməsini və 11 uşağın şikəst edilməsini təsdiqləyib.", "az"),
    ],
)
def test_maiming_is_an_injury(text, language):
    assert claim_fields(text, language, FIELDS) == [
        ("killed", "children", 4, None),
        ("injured", "children", 11, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the clashes 26 protesters and 3 officers required medical treatment.", "en"),
        ("После столкновений 26 протестующих и 3 полицейских госпитализированы.", "ru"),
    ],
)
def test_hurt_joined_by_and_stand_beside_each_other(text, language):
    assert [c[3] for c in claim_fields(text, language, FIELDS)] == [None, None]


def test_near_miss_a_degree_in_a_sentence_of_its_own_is_a_part():
    text = "After the clashes 26 people were injured. Three were hospitalised."
    assert claim_fields(text, "en", FIELDS)[1] == ("injured", "all", 3, 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Снаряды, оставшиеся после боёв, искалечили 23 человека.", "ru"),
        ("После боёв неразорвавшимися снарядами искалечены 23 человека.", "ru"),
        ("Döyüşlərdən qalan mərmilər 23 nəfəri şikəst edib.", "az"),
        ("Döyüşlərdən sonra partlamamış mərmilərdən 23 nəfər şikəst olub.", "az"),
    ],
)
def test_maimed_in_the_active_and_the_intransitive(text, language):
    assert claim_fields(text, language, FIELDS) == [("injured", "all", 23, None)]
