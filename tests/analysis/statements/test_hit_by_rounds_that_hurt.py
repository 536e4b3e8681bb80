"""Persons hit by rubber or plastic bullets or pellets were hurt by them. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_hit_by_rubber_bullets_are_injured():
    text = "Medics counted some 45 students hit by rubber bullets; 6 of them were treated at the district hospital."
    assert claim_fields(text, "en", ("category", "count", "qualifier", "parent")) == [
        ("injured", 45, "about", None),
        ("injured", 6, "exact", 0),
    ]


def test_struck_by_a_plastic_bullet_or_pellets():
    assert claim_fields("Nine marchers were struck by pellets.", "en", ("category", "count")) == [
        ("injured", 9)
    ]


def test_hit_by_what_does_not_wound_is_not_read_so():
    assert claim_fields("Nine marchers were hit by tomatoes.", "en", ("category", "count")) == []
