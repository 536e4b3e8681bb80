"""Counts listed one a line, or split by semicolons, after a heading that names the act read
as the one-line list they stand for: the heading's act said of each item, each item a part
of the heading's count when it gives one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement

FIELDS = ("category", "subgroup", "count", "qualifier", "parent")


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, FIELDS)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dead in the raid on Varno:\n– 4 children;\n– 6 women;\n– 9 men.", "en"),
        ("Dead in the raid on Varno:\n• 4 children\n• 6 women\n• 9 men\n", "en"),
        ("Dead in the raid on Varno: 4 children; 6 women; 9 men.", "en"),
        ("Dead in the raid on Varno:\n1) 4 children;\n2) 6 women;\n3) 9 men.", "en"),
        ("При налёте на Варно погибли:\n— 4 ребёнка;\n— 6 женщин;\n— 9 мужчин.", "ru"),
        ("Varno kəndinə basqın zamanı həlak olanlar:\n— 4 uşaq;\n— 6 qadın;\n— 9 kişi.", "az"),
    ],
)
def test_each_item_takes_the_heading_act(text: str, language: str) -> None:
    assert _read(text, language) == [
        ("killed", "children", 4, "exact", None),
        ("killed", "women", 6, "exact", None),
        ("killed", "men", 9, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 31 people, among them:\n- 5 journalists;\n- about 12 students.", "en"),
        (
            "Полиция задержала 31 человека, в том числе:\n— 5 журналистов;\n— около 12 студентов.",
            "ru",
        ),
        ("Polis 31 nəfəri saxlayıb, o cümlədən:\n— 5 jurnalist;\n— təxminən 12 tələbə.", "az"),
    ],
)
def test_items_after_a_count_are_its_parts(text: str, language: str) -> None:
    assert _read(text, language) == [
        ("detained", "all", 31, "exact", None),
        ("detained", "journalists", 5, "exact", 0),
        ("detained", "students", 12, "about", 0),
    ]


def test_a_label_and_its_count_on_each_line() -> None:
    text = "Injured by the blast:\n- women: 7\n- men: 15\nThe market stayed shut."
    assert _read(text, "en") == [
        ("injured", "women", 7, "exact", None),
        ("injured", "men", 15, "exact", None),
    ]


def test_properties_listed_under_the_act() -> None:
    text = "Разрушено в ходе обстрела:\n— 41 дом;\n— 2 школы."
    assert _read(text, "ru") == [
        ("property_destroyed", "homes", 41, "exact", None),
        ("property_destroyed", "schools", 2, "exact", None),
    ]


def test_the_line_after_the_list_is_a_sentence_of_its_own() -> None:
    text = "Killed:\n* 3 children\n* 8 women\nTwo days later 14 men were detained."
    assert _read(text, "en") == [
        ("killed", "children", 3, "exact", None),
        ("killed", "women", 8, "exact", None),
        ("detained", "men", 14, "exact", None),
    ]


def test_what_is_quoted_is_the_text_at_the_offsets() -> None:
    text = "Погибли 12 человек, в том числе:\n— 3 ребёнка;\n— 5 женщин."
    claims = read_statement(text, "ru").to_dict()["claims"]
    assert [c["as_stated"] for c in claims] == ["Погибли 12 человек", "3 ребёнка", "5 женщин"]
    assert all(text[c["start"] : c["end"]] == c["as_stated"] for c in claims)


def test_near_miss_a_fact_sheet_whose_items_name_their_own_acts() -> None:
    text = "Casualties of the storming:\n- Killed: 12\n- Injured: 40"
    assert _read(text, "en") == [
        ("killed", "all", 12, "exact", None),
        ("injured", "all", 40, "exact", None),
    ]


def test_near_miss_items_that_say_where_persons_went() -> None:
    # "3 to the morgue" counts no one the heading's act befell: no noun of persons follows.
    text = "Погибших доставили:\n— 3 в морг Орска;\n— 5 в морг Лидска."
    assert _read(text, "ru") == []


def test_near_miss_a_heading_that_names_no_act() -> None:
    text = "Residents who answered the survey:\n- 40 women;\n- 35 men."
    assert _read(text, "en") == []


def test_near_miss_a_blank_line_ends_the_list() -> None:
    text = "Killed:\n- 3 children;\n- 5 women.\n\n- 40 tents were handed out."
    assert ("killed", "all", 40, "exact", None) not in _read(text, "en")
