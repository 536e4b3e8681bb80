"""Azerbaijani "N yox, M" (not N, M) corrects a number as "N deyil, M" does: the wrong count
is no claim, nor the earlier figure that gave it; where that figure was a part of a whole, the
right count is the part in its place. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_a_total_corrected_with_yox():
    text = "Səhər 8 nəfər yaralanıb. Düzəliş: yaralıların sayı 8 yox, 11 nəfərdir."
    assert _read(text) == [("injured", 11, None)]


def test_a_part_corrected_with_yox_keeps_its_whole():
    text = (
        "Aksiyada 200 nəfər saxlanılıb, onlardan 70-i azad olunub. "
        "Düzəltmək istəyirəm: azad olunanlar 70 yox, 75 nəfərdir."
    )
    assert _read(text) == [("detained", 200, None), ("released", 75, 0)]


def test_a_part_corrected_with_deyil_too():
    text = (
        "Aksiyada 200 nəfər saxlanılıb, onlardan 70-i azad olunub. "
        "Düzəliş: azad olunanlar 70 deyil, 75 nəfərdir."
    )
    assert _read(text) == [("detained", 200, None), ("released", 75, 0)]


def test_near_miss_none_said_with_yoxdur():
    text = "Aksiyada 200 nəfər saxlanılıb. Ölən yoxdur."
    assert _read(text) == [("detained", 200, None), ("killed", 0, None)]
