"""Russian persons arrested for a term of days («арестованы на срок от 10 до 15 суток») were
given an administrative arrest after their detention: a part of the detained counted before
them. Arrested with no term, they may be the detained themselves. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_arrested_for_days_are_of_the_detained():
    text = (
        "После митинга полиция задержала 140 человек. На следующий день 17 человек "
        "арестованы на срок от 7 до 12 суток."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 140, None),
        ("detained", "all", 17, 0),
    ]


def test_past_a_smaller_count_of_the_detained():
    text = (
        "Задержаны около 90 человек, среди них пять студентов. Во вторник ещё раз: 12 человек "
        "арестованы на 10 суток."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", "all", 12, 0)


def test_arrested_with_no_term_is_a_figure_of_its_own():
    """Near miss: no term of days; the arrest may be the detention itself."""
    text = "После митинга полиция задержала 140 человек. В среду арестованы ещё 30 человек."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", "all", 30, None)


def test_an_arrest_called_administrative_is_of_the_detained():
    text = (
        "После шествия полиция задержала 260 человек. В отношении 41 человека суд вынес "
        "решение об административном аресте."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", "all", 41, 0)


def test_near_miss_detained_for_an_administrative_offence_are_a_figure_of_their_own():
    """Near miss: «административное правонарушение» is what they were detained for, no arrest."""
    text = (
        "После шествия полиция задержала 260 человек. Вечером ещё 41 человек задержан за "
        "административное правонарушение."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", "all", 41, None)
