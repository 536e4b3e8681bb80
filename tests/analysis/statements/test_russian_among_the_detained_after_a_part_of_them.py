"""«Среди задержанных» after a count of the detained that is itself a part of them («38
задержанных арестованы на 10 суток») names all the detained: its parts are parts of the whole,
not of the arrested. «Среди них» right after the arrested stays with them. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_among_the_detained_after_those_arrested_for_days():
    text = (
        "Росгвардия задержала 160 человек у вокзала. По данным суда, 38 задержанных арестованы "
        "на сроки до 10 суток. Среди задержанных — шестеро студентов и трое журналистов."
    )
    assert _read(text) == [
        ("detained", "all", 160, None),
        ("detained", "all", 38, 0),
        ("detained", "students", 6, 0),
        ("detained", "journalists", 3, 0),
    ]


def test_near_miss_among_them_after_those_arrested():
    text = (
        "Росгвардия задержала 160 человек у вокзала. 38 задержанных арестованы на 10 суток, "
        "среди них трое журналистов."
    )
    assert _read(text) == [
        ("detained", "all", 160, None),
        ("detained", "all", 38, 0),
        ("detained", "journalists", 3, 1),
    ]
