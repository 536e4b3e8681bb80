"""A count that is the predicate of the persons it counts, named first as its subject: "The
hostages are 7", "The dead number 14", «Пленных 7 человек», "Girovlar 7 nəfərdir". The
subject names the persons by their fate, and the count is a figure of that fate. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "category", "count"),
    [
        ("The hostages are 7.", "en", "captured", 7),
        ("Hostages number seven, the ministry said.", "en", "captured", 7),
        ("Refugees now number more than 4,000.", "en", "displaced", 4000),
        ("The detainees were forty in all.", "en", "detained", 40),
        ("The dead number 14.", "en", "killed", 14),
        ("The injured number about 30.", "en", "injured", 30),
        ("Пленных 7 человек.", "ru", "captured", 7),
        ("Пленных было семь человек.", "ru", "captured", 7),
        ("Girovlar 7 nəfərdir.", "az", "captured", 7),
        ("Əsirlər hazırda yeddi nəfərdir.", "az", "captured", 7),
        ("Girovlar yeddi nəfər idi.", "az", "captured", 7),
    ],
)
def test_a_count_said_of_persons_named_by_their_fate_is_that_fate(text, language, category, count):
    assert [c[:3] for c in _read(text, language)] == [(category, "all", count)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The hostages are 7 years old.", "en"),
        ("The hostages are 7 kilometres from the border.", "en"),
        ("Resolution number 14 was adopted.", "en"),
        ("Пленных держат в доме 7.", "ru"),
    ],
)
def test_a_number_that_is_no_count_of_them_is_no_figure(text, language):
    assert _read(text, language) == []


def test_the_count_said_of_them_is_the_whole_of_its_parts():
    text = "Girovlar 7 nəfərdir, onlardan 2-si qadındır."
    assert _read(text, "az") == [("captured", "all", 7, None), ("captured", "women", 2, 0)]
    text = "Пленных семь человек, из них две женщины."
    assert _read(text, "ru") == [("captured", "all", 7, None), ("captured", "women", 2, 0)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The hostages held in the school are seven.", "en", [("captured", "all", 7, None)]),
        ("The hostages in the school are seven.", "en", [("captured", "all", 7, None)]),
        ("The detainees held at the base were 40, including 6 women.", "en",
         [("detained", "all", 40, None), ("detained", "women", 6, 0)]),
        ("Заложников в школе — семеро.", "ru", [("captured", "all", 7, None)]),
        ("Заложников, удерживаемых в школе, — семеро.", "ru", [("captured", "all", 7, None)]),
        ("Пленных в подвале дома было 40, из них 6 женщин.", "ru",
         [("captured", "all", 40, None), ("captured", "women", 6, 0)]),
        ("Məktəbdəki girovlar yeddi nəfərdir.", "az", [("captured", "all", 7, None)]),
        ("Düşərgədəki əsirlər 40 nəfərdir, onlardan 6-sı qadındır.", "az",
         [("captured", "all", 40, None), ("captured", "women", 6, 0)]),
    ],
)  # fmt: skip
def test_the_subject_with_where_the_persons_are(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The hostages in the school said the gunmen were 12.", "en"),
        ("Заложники в школе сказали, что боевиков было 12.", "ru"),
        ("Məktəbdəki girovlar silahlıların 12 nəfər olduğunu deyiblər.", "az"),
    ],
)
def test_a_count_of_others_in_a_clause_of_its_own_is_not_theirs(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girovların sayı yeddidir.", [("captured", "all", 7, None)]),
        ("Girovlar yeddidir.", [("captured", "all", 7, None)]),
        ("Həlak olanların sayı otuzdur.", [("killed", "all", 30, None)]),
        ("Yaralıların sayı qırxdır.", [("injured", "all", 40, None)]),
        # "Bu, birdir" (it is one): no count of persons named by their fate.
        ("Bu, birdir.", []),
    ],
)
def test_an_azerbaijani_number_word_with_the_copula(text, expected):
    assert _read(text, "az") == expected
