"""«Весной пропавшими числились 412 человек. Сегодня их 398»: the persons counted before,
named again by «их» as the subject of a count with no act, number so many now — a count of
the same fate. «их» as the object of a verb before it is no such subject. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

BEFORE = ("missing", "all", 412, None, None, "exact", None)


@pytest.mark.parametrize("now", ["Сегодня их 398.", "Теперь их осталось 398."])
def test_them_counted_now_is_the_same_fate(now):
    assert claim_fields(f"Весной пропавшими числились 412 человек. {now}", "ru") == [
        BEFORE,
        ("missing", "all", 398, None, None, "exact", None),
    ]


def test_them_as_an_object_is_no_count_of_them():
    assert claim_fields(
        "Весной пропавшими числились 412 человек. Власти обещали передать их 12 семьям.", "ru"
    ) == [BEFORE]
