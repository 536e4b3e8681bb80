"""A part's whole named by its fate ("of the injured") is the latest whole of that fate that can
hold the part, past a smaller count of the fate told since; a bare count after "Of the" that
repeats a part's count is that part again; an age limit right after a count ("6 under 18",
"two detainees over 70") is an age, no count. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str = "en") -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


def test_of_the_injured_past_a_smaller_count():
    text = (
        "Shelling killed 8 people and injured 52 last month. Three firefighters were injured "
        "on 2 June. At least 14 of the injured lost a limb."
    )
    rows = _read(text)
    assert rows[:2] == [("killed", "all", 8, None), ("injured", "all", 52, None)]
    assert rows[2][2] == 3
    assert rows[-1] == ("injured", "all", 14, 1)


def test_of_the_injured_with_no_whole_that_fits_stays():
    text = "Shelling injured 5 people. Three firefighters were injured on 2 June. 11 of the injured were children."
    assert _read(text)[-1] == ("injured", "children", 11, None)


def test_a_part_named_again_by_its_count():
    text = (
        "Officers detained 480 protesters. Of those detained, 130 said they had been beaten. "
        "Of the 130, at least 22 needed hospital treatment."
    )
    assert _read(text) == [
        ("detained", "all", 480, None),
        ("tortured", "all", 130, 0),
        ("injured", "all", 22, 1),
    ]


def test_a_new_count_of_the_same_number_is_its_own():
    text = "Guards held 480 people. Of the 130 beaten in May, 22 needed hospital treatment."
    rows = _read(text)
    assert ("detained", "all", 480, None) in rows
    assert all(row[2] != 480 or row[3] is None for row in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 60 men were detained, among them at least 9 under 18.",
            [("detained", "men", 60, None), ("detained", "children", 9, 0)],
        ),
        (
            "Police arrested 30 people, 4 under 18.",
            [("detained", "all", 30, None), ("detained", "children", 4, None)],
        ),
    ],
)
def test_an_age_limit_after_a_count_is_no_count(text, expected):
    assert _read(text) == expected


def test_a_limit_before_persons_stays_a_bound():
    assert _read("Under 18 people were detained.") == [("detained", "all", 18, None)]
