"""A fact sheet's lines, each a label and its figure with no stop at the end ("Killed: 41" /
"Wounded: 97, of whom 12 children"), are entries of their own: no line's noun or verb is read
into the line before it, and a label may hold a date ("Killed since 1 March: 41"). Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

SHEETS = {
    "en": "Situation update, 5 May\n\nKilled: 23\nWounded: 58, of whom 9 children\n"
    "Missing: 140\nHomes destroyed: 76\n",
    "ru": "Сводка на 5 мая\n\nПогибли: 23\nРанены: 58, из них 9 детей\nПропали без вести: 140\n"
    "Разрушено домов: 76\n",
    "az": "Məlumat, 5 may\n\nHəlak olanlar: 23\nYaralananlar: 58, onlardan 9-u uşaq\n"
    "İtkin düşənlər: 140\nDağıdılmış evlər: 76\n",
}


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize("language", sorted(SHEETS))
def test_each_line_of_a_fact_sheet_is_its_own_entry(language):
    assert _read(SHEETS[language], language) == [
        ("killed", "all", 23, None),
        ("injured", "all", 58, None),
        ("injured", "children", 9, 1),
        ("missing", "all", 140, None),
        ("property_destroyed", "homes", 76, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed since 1 March: 41", ("killed", "all", 41, None)),
        ("Persons registered as missing since 2004: 3,512", ("missing", "all", 3512, None)),
        ("Still missing: 1,204", ("missing", "all", 1204, None)),
    ],
)
def test_a_label_may_hold_a_date_and_names_the_act(text, expected):
    assert _read(text, "en") == [expected]


def test_a_line_with_no_act_counts_nothing_of_the_line_before():
    text = "Missing: 140\nCases closed this month: 14\n"
    assert _read(text, "en") == [("missing", "all", 140, None)]


def test_wrapped_prose_still_reads_as_one_sentence():
    # A line break inside a sentence, with no label on the next line, joins it.
    text = "During the night the shelling killed 12\npeople in the old town."
    assert _read(text, "en") == [("killed", "all", 12, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Housing\nDestroyed: 40\nDamaged: 112\n", "en"),
        ("Жилые дома\nРазрушено: 40\nПовреждено: 112\n", "ru"),
        ("Yaşayış evləri\nDağıdılıb: 40\nZədələnib: 112\n", "az"),
    ],
)
def test_a_label_of_destruction_alone_counts_no_persons_killed(text, language):
    assert claim_fields(text, language, ("category", "count")) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Killed: 40\n", "en", [("killed", 40)]),
        ("Разрушено домов: 40\n", "ru", [("property_destroyed", 40)]),
    ],
)
def test_a_label_that_names_persons_or_things_still_counts_them(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == expected
