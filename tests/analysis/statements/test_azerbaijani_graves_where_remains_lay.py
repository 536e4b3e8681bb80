"""Azerbaijani graves counted where remains lay ("Qalıqlar üç məzarlıqda tapılıb", the remains
were found in three graves) are burial sites, as "found in three graves" is in English; the
remains named before them are not what the number counts. A grave by its own word ("qəbir")
is a burial site too. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Qalıqlar üç məzarlıqda tapılıb.", "az"),
        ("The remains were found in three graves.", "en"),
    ],
)
def test_graves_where_remains_lay_are_burial_sites(text, language):
    assert claim_fields(text, language, FIELDS) == [("burial_sites", 3)]


def test_graves_by_their_word():
    text = "Çayın sahilində iki kütləvi məzarlıq və 7 fərdi qəbir aşkar edilib."
    assert claim_fields(text, "az", FIELDS) == [("burial_sites", 2), ("burial_sites", 7)]


def test_near_miss_persons_counted_beside_the_graves():
    text = "Üç məzarlıqda 31 nəfərin qalıqları tapılıb."
    assert claim_fields(text, "az", FIELDS) == [("burial_sites", 3), ("found_dead", 31)]
