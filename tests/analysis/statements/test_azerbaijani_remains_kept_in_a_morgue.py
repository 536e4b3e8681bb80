"""Remains kept somewhere ("Morqlarda 140 nəfərin qalıqları saxlanılır", "the bodies of 12
people are being held at the morgue") were found: the verb that holds persons holds their
bodies. "Eyniləşdirilməmiş" (unidentified) before them identifies no one, and "onlardan cəmi
14-ü" (only 14 of them) is a part as "onlardan 14-ü" is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier", "parent")


@pytest.mark.parametrize(
    ("text", "language", "count", "qualifier"),
    [
        ("Morqda 140 nəfərin qalıqları saxlanılır.", "az", 140, "exact"),
        ("Morqlarda eyniləşdirilməmiş təxminən 140 nəfərin qalıqları saxlanılır.", "az", 140,
         "about"),
        ("Morqlarda 140 nəfərin cəsədi saxlanılır.", "az", 140, "exact"),
        ("The bodies of 12 people are being held at the city morgue.", "en", 12, "exact"),
    ],
)  # fmt: skip
def test_remains_kept_were_found(text, language, count, qualifier):
    assert claim_fields(text, language, FIELDS) == [("found_dead", count, qualifier, None)]


def test_only_so_many_of_them_identified_is_a_part():
    text = (
        "Morqlarda eyniləşdirilməmiş 140 nəfərin qalıqları saxlanılır. Keçən il onlardan "
        "cəmi 14-ü eyniləşdirilib."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("found_dead", 140, "exact", None),
        ("identified", 14, "exact", 0),
    ]


def test_near_miss_persons_kept_are_held():
    text = "İstintaq təcridxanasında 140 nəfər saxlanılır."
    assert claim_fields(text, "az", FIELDS) == [("detained", 140, "exact", None)]
