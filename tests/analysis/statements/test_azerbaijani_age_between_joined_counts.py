"""An Azerbaijani age made an adjective ("65 yaşlı") stands before the count it describes, so
in "4 uşaq və 65 yaşlı 2 qadın" the join comes before the age: the counts are still joined and
share the verb. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_an_age_before_the_second_count():
    text = "Atəş nəticəsində 4 uşaq və 65 yaşlı 2 qadın yaralanıb."
    assert _read(text) == [("injured", "children", 4), ("injured", "women", 2)]


def test_an_age_before_a_count_in_words():
    text = "Hücumda 5 kişi və 12 yaşlı bir qız həlak olub."
    assert _read(text) == [("killed", "men", 5), ("killed", "girls", 1)]


def test_near_miss_an_age_with_no_count_after_a_clause():
    assert _read("5 kişi həlak olub, 12 yaşlı qız yaralanıb.") == [("killed", "men", 5)]
