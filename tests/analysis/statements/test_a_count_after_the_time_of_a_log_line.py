"""A log line «06:00 — двое из них скончались», "06:00 – 12 people were brought in": the
minutes of the time and a spaced dash open what was logged; the number after the dash is a
count, not the high end of a range from the minutes. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_russian_log_line():
    text = (
        "Журнал дежурного врача\n\n"
        "21:40 — доставлены 30 пострадавших.\n"
        "23:05 — четверо из них скончались в операционной.\n"
    )
    assert claim_fields(text, "ru", FIELDS) == [("injured", 30, None), ("killed", 4, 0)]


def test_an_english_log_line():
    text = "Ward log\n\n21:40 – 30 people were brought in with wounds.\n"
    assert claim_fields(text, "en", FIELDS) == [("injured", 30, None)]


def test_near_miss_a_range_of_counts_stays_a_range():
    text = "Ранены от 30 — 40 человек."
    reading = claim_fields(text, "ru", ("category", "count_low", "count_high"))
    assert reading == [("injured", 30, 40)]
