"""An adverb of manner in -casına/-cəsinə after the counted noun ("9 uşaq vəhşicəsinə
öldürülüb", savagely; "amansızcasına", mercilessly) ends as a possessed noun in the dative
does but owns nothing: the noun before it is still the persons counted. A noun before a
possessed noun in the dative ("polis şöbəsinə") still only qualifies it. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_children_killed_savagely_are_children():
    text = "Basqın zamanı 40 nəfər, o cümlədən 9 uşaq vəhşicəsinə öldürülüb."
    assert _read(text) == [("killed", "all", 40, None), ("killed", "children", 9, 0)]


def test_men_beaten_mercilessly_are_men():
    assert _read("Saxlanılanlardan 5 kişi amansızcasına döyülüb.")[0][:3] == (
        "tortured",
        "men",
        5,
    )


def test_near_miss_a_noun_before_a_possessed_noun_qualifies_it():
    assert _read("Səhər 4 nəfər polis şöbəsinə aparılıb.") == [("detained", "all", 4, None)]
