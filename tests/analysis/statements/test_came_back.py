"""Azerbaijani persons taken who "came back" ("geri döndü") are released, as «вернулись» and
"came home" are; with a whole before them they are its part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_those_taken_who_came_back_are_released():
    text = "Həmin gecə kənddən on iki kişini həbs etdilər. Onlardan yalnız beşi geri döndü."
    assert claim_fields(text, "az", ("category", "subgroup", "count", "parent")) == [
        ("detained", "men", 12, None),
        ("released", "men", 5, 0),
    ]
