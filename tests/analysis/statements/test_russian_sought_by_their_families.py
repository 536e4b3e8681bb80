"""«Родственники ищут ещё двоих жильцов», «родные разыскивают»: those whom families or
relatives are said to seek are missing, as those a tracing team seeks are
(``test_russian_sought_in_the_first_person``); others who seek («полиция ищет», «полиция
разыскивает») count no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    "seek",
    [
        "Родственники ищут",
        "Близкие до сих пор ищут",
        "Семьи по-прежнему ищут",
        "Родные разыскивают",
        "Родственники всё ещё разыскивают",
    ],
)
def test_those_their_families_seek_are_missing(seek):
    text = f"После пожара в общежитии {seek} ещё четверых студентов."
    assert claim_fields(text, "ru", FIELDS) == [("missing", 4)]


def test_near_miss_those_investigators_seek_are_not():
    text = "После пожара в общежитии следователи ищут ещё четверых свидетелей."
    assert claim_fields(text, "ru", FIELDS) == []


def test_near_miss_those_the_police_trace_are_not():
    text = "После пожара в общежитии полиция разыскивает ещё четверых свидетелей."
    assert claim_fields(text, "ru", FIELDS) == []
