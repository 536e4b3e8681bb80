"""«Трое пленных умерли, причиной смерти одного из них стало заражение крови»: the death of
one of those counted, whose cause is told, is a person described, not a death of its own.
A cause told of a count of its own, or of a part of more than one, still counts. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_cause_of_one_death_among_them_is_no_figure():
    text = "Трое пленных умерли в лагере, причиной смерти одного из них стало заражение крови."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 3, None)]


def test_near_miss_the_cause_of_a_count_of_its_own_still_counts():
    text = "Причиной гибели 14 человек стал обвал шахты."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 14, None)]


def test_near_miss_the_cause_of_a_part_of_more_than_one_is_a_part():
    text = "Погибли девять человек. Причиной гибели троих из них стал пожар."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 9, None), ("killed", 3, 0)]
