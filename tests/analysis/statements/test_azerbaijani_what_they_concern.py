"""Azerbaijani says what counted papers concern with the instrumental and "bağlı" (related
to): "312 müraciətdən 45-i saxlanılan şəxslərlə bağlı olub" (45 of the 312 applications
concerned detainees). The persons named so are what the part concerns, not who it counts:
the part is of the papers, no figure of persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_part_of_applications_concerning_detainees():
    text = (
        "Aparata il ərzində 208 müraciət daxil olub, onlardan 37-si həbs edilmiş şəxslərlə "
        "bağlıdır."
    )
    assert _read(text) == []


def test_near_miss_part_of_persons_named_by_its_group():
    text = "Aksiyada 26 nəfər həbs edilib, onlardan 4-ü tələbədir."
    claims = _read(text)
    assert claims[0] == ("detained", "all", 26, None)
    assert claims[1][0::2] == ("detained", 4)
    assert claims[1][3] == 0


def test_a_group_in_the_instrumental_is_with_whom():
    # "polislə" (with the police): with whom the part clashed, not who it counts.
    text = "Aksiyada 15 nəfər xəsarət alıb, onlardan üçü polislə toqquşma zamanı yaralanıb."
    assert _read(text) == [("injured", "all", 15, None), ("injured", "all", 3, 0)]
