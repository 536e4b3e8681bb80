"""An imported row meets the record's own sanity checks, as warnings kept on the row."""

from __future__ import annotations

from rightsledger.registry.importing.mapping import ColumnMapping
from rightsledger.registry.importing.validation import validate_row

COLUMNS = ["full_name", "birth_year", "age", "event_date"]


def warnings_of(*cells: str) -> list[str]:
    columns = {name: i for i, name in enumerate(COLUMNS)}
    return validate_row(list(cells), columns, ColumnMapping(), 2).warnings


def test_born_after_the_event() -> None:
    assert warnings_of("Qasımova Aygün", "1995", "", "26.02.1992") == [
        "Born in 1995, after the event of 1992-02-26."
    ]
    assert warnings_of("Qasımova Aygün", "1995", "", "1992") == [
        "Born in 1995, after the event of 1992."
    ]


def test_age_disagreeing_with_the_birth_year() -> None:
    assert warnings_of("Qasımova Aygün", "1979", "5", "1992-02-26") == [
        "Age 5 at the event disagrees with birth year 1979 (an event in 1992)."
    ]
    assert warnings_of("Qasımova Aygün", "1979", "12", "1992-02-26") == []  # a year's leeway


def test_in_english_whatever_the_active_language() -> None:
    from django.utils import translation

    with translation.override("ru"):
        assert warnings_of("Qasımova Aygün", "1995", "", "1992")[0].startswith("Born in 1995")
