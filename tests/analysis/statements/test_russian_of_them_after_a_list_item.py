"""«из них» set off by a comma right after the last item of a list names that item, as
"of them" does in English: «84 военнослужащих и 11 гражданских лиц, из них четыре
женщины» — the four are of the eleven. A count with its own verb before «из них» is the
nearest whole already. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_of_them_after_the_last_item_is_of_that_item():
    assert claim_fields(
        "Из плена освобождены 70 человек: 61 военнослужащий и 9 мирных жителей, из них две "
        "женщины.",
        "ru",
    ) == [
        ("released", "all", 70, None, None, "exact", None),
        ("released", "servicemen", 61, None, None, "exact", 0),
        ("released", "civilians", 9, None, None, "exact", 0),
        ("released", "women", 2, None, None, "exact", 2),
    ]


def test_of_them_after_a_count_with_its_verb_is_of_that_count():
    assert claim_fields("Погибли 20 человек, из них 5 детей.", "ru") == [
        ("killed", "all", 20, None, None, "exact", None),
        ("killed", "children", 5, None, None, "exact", 0),
    ]


def test_a_relative_after_the_last_item_is_of_that_item():
    assert claim_fields(
        "Вернулись 73 человека: 65 военнослужащих и 8 мирных жителей, среди которых три женщины.",
        "ru",
    ) == [
        ("released", "all", 73, None, None, "exact", None),
        ("released", "servicemen", 65, None, None, "exact", 0),
        ("released", "civilians", 8, None, None, "exact", 0),
        ("released", "women", 3, None, None, "exact", 2),
    ]
