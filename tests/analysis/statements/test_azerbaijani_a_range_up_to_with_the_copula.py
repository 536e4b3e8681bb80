"""Azerbaijani "sayı 31 mindən 34 minədəkdir" (the number is from 31 to 34 thousand): the
terminative on a range's upper bound may carry the copula ("-dəkdir") and is still one range;
alone it is still an upper bound ("700-dəkdir", up to 700). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "count_low", "count_high", "qualifier", "parent")


def test_a_range_in_thousands_with_the_copula():
    text = "Rayonda qeydə alınmış köçkünlərin sayı 21 mindən 23 minədəkdir."
    assert claim_fields(text, "az", FIELDS) == [("displaced", None, 21000, 23000, "range", None)]


def test_a_range_in_digits_with_the_copula():
    text = "Düşərgədə yaşayan köçkünlərin sayı 450-dən 600-dəkdir."
    assert claim_fields(text, "az", FIELDS) == [("displaced", None, 450, 600, "range", None)]


def test_near_miss_a_bound_alone_with_the_copula_is_up_to():
    text = "Düşərgədə yaşayan köçkünlərin sayı 600-dəkdir."
    assert claim_fields(text, "az", FIELDS) == [("displaced", 600, None, None, "at_most", None)]
