"""As a witness tells it: «одни мужчины» (nothing but men) after a count says the group of
all those counted (the plural «одни» counts no one), and persons «увезли неизвестно куда»
(taken no one knows where) disappeared, as «в неизвестном направлении». Taken to a place
named, they did not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_nothing_but_women_taken_then_some_taken_no_one_knows_where():
    assert claim_fields(
        "Нас забрали из деревни, нас было семеро, одни женщины. Троих из нас потом увезли "
        "неизвестно куда.",
        "ru",
    ) == [
        ("captured", "women", 7, None, None, "exact", None),
        ("disappeared", "women", 3, None, None, "exact", 0),
    ]


def test_nothing_but_men_is_the_group_of_the_count():
    assert claim_fields("Задержаны семь человек, одни мужчины.", "ru") == [
        ("detained", "men", 7, None, None, "exact", None)
    ]


def test_some_and_others_count_no_one():
    assert claim_fields("Одни погибли, другие ранены.", "ru") == []


def test_taken_to_a_place_named_is_no_disappearance():
    assert claim_fields(
        "Солдаты забрали семерых жителей. Троих из них увезли в районный центр.", "ru"
    ) == [("captured", "all", 7, None, None, "exact", None)]
