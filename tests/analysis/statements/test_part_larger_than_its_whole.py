"""A part never counts more than its whole: after two graves of 27 and 16 bodies, "40 of
the remains were identified" is of both, and no part of the 16 named last. A part that fits
its whole stays its part. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count", "parent"))


def test_identified_of_two_graves_in_azerbaijani():
    text = (
        "Birinci xəndəkdən 27 nəfərin qalıqları çıxarılıb. "
        "İkinci xəndəkdən 16 nəfərin qalıqları çıxarılıb. "
        "Qalıqların 35-i DNT analizi əsasında eyniləşdirilib."
    )
    assert _read(text, "az") == [("found_dead", 27, None), ("found_dead", 16, None),
                                 ("identified", 35, None)]  # fmt: skip


def test_near_miss_a_part_that_fits_its_whole():
    text = (
        "Xəndəkdən 43 nəfərin qalıqları çıxarılıb. "
        "Qalıqların 35-i DNT analizi əsasında eyniləşdirilib."
    )
    assert _read(text, "az") == [("found_dead", 43, None), ("identified", 35, 0)]
