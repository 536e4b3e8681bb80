"""A bare number alone in a parenthesis after a noun that names the category («Число
раненых (37) подтверждено») counts it, as after a dash («Раненых — 37»). A number in
a parenthesis with words of its own (a page, a count of another noun) does not. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_number_in_parentheses_counts_the_category():
    text = "Число раненых (37) в сводке подтверждено."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 37)]


def test_a_page_in_parentheses_counts_nothing():
    # Near miss: a reference, not a count.
    text = "Данные о раненых (стр. 37) в сводке подтверждены."
    assert claim_fields(text, "ru", FIELDS) == []
