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
