"""«применили к двоим из задержанных насилие», «к троим из них применили насилие»: violence
used by those who hold persons on a count of them is torture as statements count it, in the
dative of the collective numerals too («двоим», «троим», which the morphology takes for
verbs); violence used with no count between is no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(("count", "value"), [("двоим", 2), ("троим", 3), ("шестерым", 6)])
def test_violence_used_on_a_count_of_the_held(count, value):
    text = f"Сотрудники отдела задержали 9 жителей и применили к {count} из них насилие."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 9, None), ("tortured", value, 0)]


def test_near_miss_violence_with_no_count_between():
    text = "Сотрудники отдела задержали 9 жителей и применяли насилие к задержанным."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 9, None)]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Охранники изолятора применяли насилие к 14 арестантам.", 14, "exact"),
        ("Конвоиры применили насилие не менее чем к девяти задержанным.", 9, "at_least"),
    ],
)
def test_violence_used_on_a_count_after_it(text, value, qualifier):
    """«применяли насилие (не менее чем) к N …»: the count after «к», its qualifier before it,
    is of those the violence was used on."""
    assert claim_fields(text, "ru", ("category", "count", "qualifier")) == [
        ("tortured", value, qualifier)
    ]


def test_near_miss_the_noun_of_using_violence_is_no_verb():
    """«о применении насилия … в отношении 12 задержанных» is said by its own phrase (who
    used it); the noun alone makes nothing of the count."""
    text = "Доводы о применении насилия нашли подтверждение, задержаны 12 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 12, None)]
