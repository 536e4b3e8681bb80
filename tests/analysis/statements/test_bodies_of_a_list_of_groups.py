"""The bodies named before a list of counts are of each of them: "the bodies of 23 men and 4
women", «тела 23 мужчин и 4 женщин», "23 kişinin və 4 qadının cəsədi". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_english_list_after_bodies():
    text = "Divers recovered the bodies of 8 men, 5 women and 2 children from the lake."
    assert _read(text, "en") == [
        ("found_dead", "men", 8, None),
        ("found_dead", "women", 5, None),
        ("found_dead", "children", 2, None),
    ]


def test_russian_list_after_bodies():
    text = "Водолазы подняли со дна озера тела 8 мужчин и 5 женщин."
    assert [f[:3] for f in _read(text, "ru")] == [
        ("found_dead", "men", 8),
        ("found_dead", "women", 5),
    ]


def test_azerbaijani_owners_listed_before_the_remains():
    text = "Göldən 8 kişinin və 5 qadının cəsədi çıxarılıb."
    assert [f[:3] for f in _read(text, "az")] == [
        ("found_dead", "men", 8),
        ("found_dead", "women", 5),
    ]


def test_near_miss_a_count_with_a_verb_between():
    text = "Из 20 тел 12 принадлежат мужчинам, 8 – женщинам. Ранены ещё 3 человека."
    assert ("found_dead", "women", 8, None) not in _read(text, "ru")
