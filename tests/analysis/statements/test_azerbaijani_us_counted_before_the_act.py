"""A witness counts "us" first and says in the next sentence what was done to us ("… on
iki nəfər idik. Bizi anbara apardılar"); taken by armed men or soldiers we were captives,
else detained. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_taken_by_armed_men_the_sentence_after():
    text = "Axşam yaraqlılar gəldi, kişiləri ayırdılar, doqquz nəfər idik. Bizi anbara apardılar."
    assert _read(text) == [("captured", "men", 9, None)]


def test_taken_with_no_one_named_the_sentence_after():
    text = "İyirmiyə yaxın adam idik. Səhər bizi rayon mərkəzinə apardılar."
    assert _read(text) == [("detained", "all", 20, None)]


def test_beaten_the_sentence_after():
    text = "Həyətdə on beş nəfər idik. Hamımızı növbə ilə döydülər."
    assert _read(text) == [("tortured", "all", 15, None)]


def test_near_miss_a_count_of_us_with_nothing_done():
    assert _read("Biz yeddi nəfər idik. Səhər yola düşdük.") == []
