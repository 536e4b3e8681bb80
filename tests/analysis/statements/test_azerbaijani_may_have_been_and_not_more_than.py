"""Azerbaijani "-mış ola bilər" (may have been) guesses at a fate that has happened: an
estimate, no prospect ("14 əsir azad edilə bilər" stays one). "-dən çox olmayan", "-dən artıq
deyil" (not more than) bound a count from above. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


def test_may_have_been_killed_is_an_estimate():
    text = "Yerli mənbələrə görə, 80-ə qədər sakin öldürülmüş ola bilər."
    assert claim_fields(text, "az", FIELDS) == [("killed", 80, "at_most")]


def test_near_miss_may_be_freed_is_a_prospect():
    assert claim_fields("Sabah 30 əsir azad edilə bilər.", "az", FIELDS) == []


def test_not_more_than():
    assert claim_fields("Yaralıların sayı 25-dən artıq deyil.", "az", FIELDS) == [
        ("injured", 25, "at_most")
    ]
    assert claim_fields("25-dən çox olmayan əsir azad edilib.", "az", FIELDS) == [
        ("released", 25, "at_most")
    ]


def test_near_miss_not_fewer_than():
    assert claim_fields("Yaralıların sayı 25-dən az deyil.", "az", FIELDS) == [
        ("injured", 25, "at_least")
    ]
