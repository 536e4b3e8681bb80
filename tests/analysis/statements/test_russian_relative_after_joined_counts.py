"""«среди которых», «из которых» after counts joined by «и» refer to the nearest count, the
last one joined, which shares the verb of the first only later in the reading: «погибли 30
военнослужащих и пять мирных жителей, среди которых трое детей» — the children are among the
civilians. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_among_whom_after_joined_counts_is_of_the_last():
    text = "При обстреле погибли 30 военнослужащих и пять мирных жителей, среди которых трое детей."
    assert claim_fields(text, "ru", FIELDS)[2] == ("killed", 3, 1)


def test_of_whom_after_joined_counts_is_of_the_last():
    text = "Из плена освобождены 60 военнослужащих и девять гражданских лиц, из которых четверо ранены."
    assert claim_fields(text, "ru", FIELDS)[2] == ("injured", 4, 1)


def test_near_miss_a_single_count_before_the_relative():
    text = "При обстреле погибли пять мирных жителей, среди которых трое детей."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 5, None), ("killed", 3, 0)]
