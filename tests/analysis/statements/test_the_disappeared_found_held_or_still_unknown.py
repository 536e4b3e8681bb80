"""Parts of persons who disappeared, in Russian: those later found in a place of detention
were held («12 из них позднее обнаружены в СИЗО» reads detained, as Azerbaijani's
"təcridxanada aşkar edilib" does), and those whose fate is only said to be still unknown
(«о судьбе 18 из них ничего не известно») are still disappeared, nothing new having befallen
them. Persons found elsewhere, or missing persons of unknown fate, are left as they were.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_parts_of_the_disappeared_of_unknown_fate_and_found_in_custody():
    text = (
        "Мы зафиксировали насильственное исчезновение 30 человек: о судьбе 18 из них "
        "ничего не известно, остальные 12 позднее обнаружены в СИЗО."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("disappeared", 30, None),
        ("disappeared", 18, 0),
        ("detained", 12, 0),
    ]


def test_the_missing_found_in_a_temporary_detention_centre_were_held():
    text = (
        "Пропали без вести 20 человек. Позднее 6 из них найдены в изоляторе временного содержания."
    )
    assert claim_fields(text, "ru", FIELDS) == [("missing", 20, None), ("detained", 6, 0)]


def test_near_miss_found_in_a_hospital_is_no_custody():
    text = "Пропали без вести 20 человек. Позднее 6 из них обнаружены в больнице."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 20, None), ("missing", 6, 0)]


def test_near_miss_the_missing_of_unknown_fate_stay_missing():
    text = "Пропали без вести 20 человек. О судьбе 6 из них ничего не известно."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 20, None), ("missing", 6, 0)]
