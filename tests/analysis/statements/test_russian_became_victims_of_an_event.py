"""Russian «N стали жертвами обстрела»: persons who became victims of a deadly event (a
shelling, an attack, a blast, a flood), the subject before the predicate, are the dead, as
«жертвами обстрела стали N» already was. Victims of torture are the tortured; victims of
fraud or of discrimination are no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


@pytest.mark.parametrize(
    ("text", "count", "qualifier"),
    [
        ("Не менее 14 человек стали жертвами нападения на автостанцию.", 14, "at_least"),
        ("Девять жителей села стали жертвами артобстрела.", 9, "exact"),
        ("Семеро стали жертвами очередного ракетного удара по городу.", 7, "exact"),
        ("Около тридцати человек оказались жертвами наводнения.", 30, "about"),
    ],
)
def test_victims_of_a_deadly_event_are_the_dead(text, count, qualifier):
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", count, qualifier)]


def test_victims_of_torture_stay_the_tortured():
    assert claim_fields("Одиннадцать заключённых стали жертвами пыток.", "ru", FIELDS) == [
        ("tortured", "all", 11, "exact")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Сорок пенсионеров стали жертвами мошенников.",
        "Пятеро сотрудников стали жертвами дискриминации.",
    ],
)
def test_victims_of_no_deadly_event_are_no_figure(text):
    """Near miss: «стали жертвами» of fraud or discrimination kills no one."""
    assert claim_fields(text, "ru", FIELDS) == []
