"""«среди последних», «из последних» (among the latter) speak of the count named last before
them, a part itself or not, in their sentence or the one before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_among_the_latter_after_a_dash():
    text = (
        "Эвакуированы 900 человек, в том числе 300 пожилых людей. Среди последних — 40 инвалидов."
    )
    assert claim_fields(text, "ru", FIELDS)[2][2:] == (40, 1)


def test_of_the_latter_in_the_next_sentence():
    text = "Погибли 40 человек, в том числе 12 женщин. Из последних трое были беременны."
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", "women", 3, 1)


def test_near_miss_among_them_after_a_whole_alone():
    text = "Эвакуированы 900 человек; среди них — 40 инвалидов."
    assert claim_fields(text, "ru", FIELDS)[1][2:] == (40, 0)


def test_among_the_latter_in_the_same_sentence_after_a_semicolon():
    text = "Ранены 60 человек, в том числе 14 подростков; среди последних четверо тяжёлых."
    assert claim_fields(text, "ru", FIELDS)[2][2:] == (4, 1)


def test_near_miss_among_them_in_the_same_sentence_is_of_the_whole():
    text = "Ранены 60 человек, в том числе 14 подростков; среди них четверо тяжёлых."
    assert claim_fields(text, "ru", FIELDS)[2][2:] == (4, 0)
