"""Persons taken to hospital after an event were hurt in it ("nine have been taken to
hospital", «пятеро доставлены в районную больницу», "9 nəfər xəstəxanaya çatdırılıb"), as are
those who came to it or sought help («в больницу поступили 86 человек», "sought medical
help", "tibbi yardım üçün müraciət edib");
brought there dead they were killed; "nobody was taken to hospital" says only that nobody
was hurt that badly. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Two people died and nine have been taken to hospital.",
            "en",
            [("killed", "all", 2), ("injured", "all", 9)],
        ),
        (
            "Eleven miners were admitted to the district hospital.",
            "en",
            [("injured", "miners", 11)],
        ),
        (
            "На шахте погибли двое горняков; пятеро с ожогами доставлены в районную больницу.",
            "ru",
            [("killed", "miners", 2), ("injured", "all", 5)],
        ),
        ("Partlayışdan sonra 9 nəfər xəstəxanaya çatdırılıb.", "az", [("injured", "all", 9)]),
    ],
)
def test_taken_to_hospital_is_hurt(text, language, expected):
    assert _read(text, language) == expected


def test_brought_to_hospital_dead_is_killed():
    assert _read("Two men were brought to hospital dead.", "en") == [("killed", "men", 2)]


def test_nobody_taken_to_hospital_is_no_figure():
    assert _read("Nobody was taken to hospital.", "en") == []
    assert _read("Никто не был доставлен в больницу.", "ru") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eighty-six people sought medical help after the blast.", "en"),
        ("В больницу поступили 86 человек.", "ru"),
        ("В городские больницы обратились 86 человек с травмами.", "ru"),
        ("86 nəfər tibbi yardım üçün müraciət edib.", "az"),
        ("Xəstəxanaya 86 nəfər müraciət edib.", "az"),
    ],
)
def test_who_came_to_hospital_or_sought_help_were_hurt(text, language):
    assert _read(text, language) == [("injured", "all", 86)]


def test_what_a_hospital_received_that_is_no_person_is_no_figure():
    assert _read("В больницу поступило новое оборудование на 86 человек.", "ru") == []
