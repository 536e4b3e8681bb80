"""Russian archives, like the papers they keep, are counted things, not persons: a count of
archives before a word of an act («по материалам 12 архивов описаны депортации») is no
figure. A count of persons after the archive is still read. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


def test_archives_before_a_word_of_an_act_are_no_count():
    assert _read("В книге по материалам 9 областных архивов описаны депортации.") == []


def test_archives_in_the_genitive_plural_are_no_count_of_the_killed():
    assert _read("Историк изучил документы 14 архивов, где описаны расстрелы.") == []


def test_near_miss_persons_counted_after_an_archive_are_read():
    text = "В архиве сохранились списки: депортированы 37 семей."
    assert _read(text) == [("displaced", "families", 37)]
