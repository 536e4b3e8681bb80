"""Russian: persons let through a crossing point on their way out («на выезд пропущено 800
человек», a log's «за сутки пропущено 450 человек») are displaced; vehicles let through, or
pages left out, are no one. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_let_through_on_the_way_out():
    text = "Итог дня: на выезд пропущено 800 человек, 200 автомобилей."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 800, None)]


def test_let_through_in_a_log_line():
    text = "Итог дня: пропущено 450 человек."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 450, None)]


def test_near_miss_pages_left_out():
    text = "В протоколе пропущено 3 страницы."
    assert claim_fields(text, "ru", FIELDS) == []
