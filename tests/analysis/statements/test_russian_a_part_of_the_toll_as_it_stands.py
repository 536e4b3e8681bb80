"""«Удар унёс жизни 24 человек. Утром администрация называла цифру 18. Среди погибших — …»:
the toll an earlier report gave (an earlier time, a verb of telling in the past) stays a
figure, but the dead spoken of next are those the toll now counts. A later count of its own
(«Вечером погибли ещё 18») is no earlier report. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_after_an_earlier_report_is_of_the_toll_as_it_stands():
    text = (
        "Удар по вокзалу унёс жизни 24 человек. Утром администрация называла цифру 18. "
        "Среди погибших — три сотрудницы полиции."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", 24, None),
        ("killed", 18, None),
        ("killed", 3, 0),
    ]


def test_a_part_after_a_later_count_is_of_that_count():
    text = (
        "Удар по вокзалу унёс жизни 24 человек. Вечером погибли ещё 18. "
        "Среди погибших — три сотрудницы полиции."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("killed", 3, 1)


def test_remains_after_a_count_reported_before_are_of_the_count_now():
    text = (
        "На сегодня извлечены останки 70 человек; на 2 мая сообщалось о 45. Останки не менее "
        "12 человек принадлежат военнослужащим."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("found_dead", 70, None),
        ("found_dead", 45, None),
        ("found_dead", 12, 0),
    ]
