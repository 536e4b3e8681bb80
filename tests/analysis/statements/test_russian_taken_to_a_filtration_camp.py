"""«увезли в фильтрационный лагерь»: persons taken or sent to a filtration camp or point are
held there. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))


def test_taken_to_a_camp():
    assert _read("Около 45 мужчин увезли в фильтрационный лагерь под Ясеневкой.") == [
        ("detained", "men", 45, None),
    ]


def test_sent_to_a_point():
    assert _read("В фильтрационный пункт были отправлены 120 жителей.") == [
        ("detained", "all", 120, None),
    ]
