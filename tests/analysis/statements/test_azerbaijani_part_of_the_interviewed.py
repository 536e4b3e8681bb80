"""A part taken of persons named as interviewed, with no count of their own ("müsahibə
aparılmış keçmiş məhbuslardan 30-u": of the former prisoners interviewed, 30) is a figure of
what those told, with no whole: the persons spoken with are a sample, not the figure of the
held counted before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    """(category, count, the count of the figure it is part of)."""
    claims = claim_fields(text, "az", ("category", "count", "parent"))
    return [(c, n, claims[p][1] if p is not None else None) for c, n, p in claims]


def test_a_part_of_the_interviewed_stands_alone():
    text = (
        "Missiya ən azı 300 nəfərin saxlanılmasını sənədləşdirib. Müsahibə aparılmış keçmiş "
        "məhbuslardan 30-u döyüldüklərini bildirib."
    )
    assert figures(text) == [("detained", 300, None), ("tortured", 30, None)]


def test_near_miss_a_part_of_the_held_named_again_is_their_part():
    text = (
        "Missiya ən azı 300 nəfərin saxlanılmasını sənədləşdirib. Saxlanılanlardan 30-u "
        "döyüldüklərini bildirib."
    )
    assert figures(text) == [("detained", 300, None), ("tortured", 30, 300)]
