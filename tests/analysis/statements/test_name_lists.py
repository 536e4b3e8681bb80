"""Names counted on a list or in a memorial book count persons, with the fate the list was
introduced with ("contains 860 names", «вошли 860 имён», "860 nəfərin adı daxil edilib");
names counted with no list named ("four names were counted twice") count no one.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The memorial book remembers the miners who were killed in the 1971 raid. "
            "It now holds 860 names.",
            "en",
        ),
        (
            "This register lists villagers shot dead by the troops; it contains 860 names.",
            "en",
        ),
        (
            "Мартиролог посвящён шахтёрам, убитым во время облавы 1971 года. "
            "В него вошли 860 имён.",
            "ru",
        ),
        (
            "Xatirə kitabı 1971-ci ildə öldürülən mədənçilərə həsr olunub. "
            "Kitaba 860 nəfərin adı daxil edilib.",
            "az",
        ),
    ],
)
def test_names_on_a_list_of_the_dead_are_killed(text, language):
    assert _read(text, language) == [("killed", "all", 860, None)]


def test_parts_of_the_names_take_their_fate():
    text = (
        "Siyahı 1990-cı ildə güllələnmiş kənd sakinlərinə həsr olunub. "
        "Siyahıya 500 nəfərin adı daxil edilib; onlardan 120-si uşaqdır."
    )
    assert _read(text, "az") == [("killed", "all", 500, None), ("killed", "children", 120, 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the exchange 40 people were freed. Four names had been counted twice.", "en"),
        ("После обмена освобождены 40 человек. Четыре имени были учтены дважды.", "ru"),
    ],
)
def test_names_with_no_list_count_no_one(text, language):
    assert [c[2] for c in _read(text, language)] == [40]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("12 abducted aid workers are still being held.", "captured"),
        ("12 arrested protesters are still being held.", "detained"),
    ],
)
def test_persons_held_are_held_as_what_was_said_of_them(text, category):
    assert [(c[0], c[2]) for c in _read(text, "en")] == [(category, 12)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The roll remembers the dockers killed in the 1984 bombing; it holds 320 names. "
            "Among those named are 45 children and 12 women.",
            "en",
        ),
        (
            "Книга памяти посвящена докерам, погибшим при бомбардировке 1984 года; в неё "
            "вошли 320 имён. В списке 45 детей и 12 женщин.",
            "ru",
        ),
    ],
)
def test_the_persons_listed_are_parts_of_the_list(text, language):
    assert _read(text, language) == [
        ("killed", "all", 320, None),
        ("killed", "children", 45, 0),
        ("killed", "women", 12, 0),
    ]


def test_a_list_of_persons_named_before_no_count_of_names_is_no_part():
    text = "В списке 45 детей, пострадавших при обстреле."
    assert _read(text, "ru") == [("injured", "children", 45, None)]
