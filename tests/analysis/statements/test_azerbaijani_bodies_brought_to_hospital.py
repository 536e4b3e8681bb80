"""Azerbaijani "xəstəxanaya N nəfər gətirilib" (N brought to hospital) counts the hurt, but
"xəstəxanaya N nəfərin meyiti gətirilib" (the bodies of N brought) counts the dead: a body
between the hospital and the verb is what was brought. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_bodies_brought_to_hospital_are_the_dead():
    text = "Axşam bazardan şəhər xəstəxanasına 5 nəfərin meyiti gətirilib."
    assert _read(text) == [("found_dead", "all", 5, None)]


def test_near_miss_persons_brought_to_hospital_are_the_hurt():
    text = "Axşam bazardan şəhər xəstəxanasına 5 nəfər gətirilib."
    assert _read(text) == [("injured", "all", 5, None)]
