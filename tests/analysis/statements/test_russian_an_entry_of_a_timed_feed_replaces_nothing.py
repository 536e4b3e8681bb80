"""«09:40 Уточнение: погибших уже пятеро»: a line opened by its own time of day is an entry of
a running feed, and the word of update after the time replaces no earlier entry's figures.
A post updated in place («Обновление 09:40.») still replaces them. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_entries_of_a_timed_feed_all_stand():
    text = (
        "08:12 Удар по общежитию. Предварительно — трое погибших, шестеро раненых.\n"
        "09:40 Уточнение: погибших уже пятеро, раненых 11."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 3),
        ("injured", 6),
        ("killed", 5),
        ("injured", 11),
    ]


def test_a_post_updated_in_place_replaces_its_figures():
    text = (
        "Удар по общежитию. Предварительно — трое погибших, шестеро раненых.\n"
        "Обновление 09:40. Погибших уже пятеро, раненых 11."
    )
    assert claim_fields(text, "ru", FIELDS) == [("killed", 5), ("injured", 11)]


def test_an_entry_naming_the_earlier_report_corrects_it():
    text = (
        "09:15 Число погибших выросло до 12.\n"
        "11:05 Уточнение: ранее глава города сообщал о 12 погибших. По данным прокуратуры, "
        "погибли 11 человек."
    )
    assert claim_fields(text, "ru", FIELDS) == [("killed", 11)]
