"""An Azerbaijani count of "yaralı" (the wounded) whose verb is a later fate is a part of the
wounded counted before, as a count of "saxlanılan" is of the detained: "daha üç yaralı vəfat
edib" (three more of the wounded died). Statements written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_wounded_who_died_are_a_part_of_the_wounded():
    text = "Partlayışda 27 nəfər yaralanıb. Gecə xəstəxanada daha üç yaralı vəfat edib."
    assert claim_fields(text, "az", FIELDS) == [("injured", 27, None), ("killed", 3, 0)]


def test_the_latest_count_of_the_wounded_is_the_whole():
    text = (
        "Səhər 9 nəfər yaralanıb. Axşam yaralıların sayı 30-a çatıb. "
        "Ertəsi gün iki yaralı dünyasını dəyişib."
    )
    assert ("killed", 2, 1) in claim_fields(text, "az", FIELDS)


def test_near_miss_more_than_the_wounded_is_no_part():
    text = "Partlayışda 4 nəfər yaralanıb. Bölgədə indiyədək 12 yaralı vəfat edib."
    assert ("killed", 12, None) in claim_fields(text, "az", FIELDS)
