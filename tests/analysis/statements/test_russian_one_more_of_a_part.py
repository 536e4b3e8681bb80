"""Russian «ещё один», «ещё N» after a part of a whole, of that part's fate («Двое
пострадавших доставлены без признаков жизни, ещё один мужчина скончался»): one more of the
same whole, whatever noun names him; things, or more than the whole holds, are no part.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_one_more_of_the_part_s_fate_is_of_its_whole():
    text = (
        "После обрушения моста в больницы доставлены 30 раненых. "
        "Трое раненых умерли по дороге, ещё одна женщина скончалась на операционном столе."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 30, None),
        ("killed", "all", 3, 0),
        ("killed", "women", 1, 0),
    ]


def test_near_miss_things_after_another():
    text = (
        "После обрушения моста в больницы доставлены 30 раненых. "
        "Трое из них умерли, ещё четыре дома разрушены."
    )
    assert ("property_destroyed", "homes", 4, None) in claim_fields(text, "ru", FIELDS)


def test_near_miss_more_than_the_whole_holds():
    text = (
        "В больницу доставлены 3 раненых. Двое из них умерли, ещё пятеро мужчин погибли на месте."
    )
    assert ("killed", "men", 5, None) in claim_fields(text, "ru", FIELDS)
