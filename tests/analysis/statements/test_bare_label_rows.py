"""Rows set down one a line with no bullet, each a label, its colon and its count, after a
heading that names the act ("Evacuated by group:" / "Women: 310" / "Men: 95"): read as the
one-line list they stand for. A label may say an age ("Children under 14", "Persons aged
65 and over"); a heading that only says the persons were registered takes the fate of the
noun after it ("Registered arrivals"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "qualifier")


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", FIELDS)


def test_bare_rows_take_the_heading_act() -> None:
    text = "Evacuated from Marrow by group:\nWomen: 310\nMen: 95\n\nThe bridge stays closed."
    assert _read(text) == [
        ("displaced", "women", 310, "exact"),
        ("displaced", "men", 95, "exact"),
    ]


def test_a_label_may_say_an_age() -> None:
    text = "Evacuated from Marrow:\nChildren under 14: 120\nPersons aged 65 and over: 41\n"
    assert _read(text) == [
        ("displaced", "children", 120, "exact"),
        ("displaced", "elderly", 41, "exact"),
    ]


def test_registered_takes_the_fate_of_the_noun_after_it() -> None:
    text = "Registered arrivals at Pell camp:\nWomen: 212\nMen: 87\n"
    assert _read(text) == [
        ("displaced", "women", 212, "exact"),
        ("displaced", "men", 87, "exact"),
    ]


def test_lines_of_prose_after_a_heading_are_no_rows() -> None:
    # Near miss: the lines after the colon are sentences, not a label and its count.
    text = "Evacuated from Marrow:\nThe buses left at 9: 40 seats each.\nNobody stayed behind.\n"
    assert _read(text) == []


def test_a_bare_line_ends_a_bulleted_list() -> None:
    # Near miss: a list opened by bullets is not run on into a bare line after it.
    text = "Dead in the raid:\n- 4 children\n- 6 women\nSources: 2\n"
    assert _read(text) == [
        ("killed", "children", 4, "exact"),
        ("killed", "women", 6, "exact"),
    ]


FIELDS_WITH_PARENT = ("category", "subgroup", "count", "parent")


def test_rows_under_a_breakdown_by_the_same_participle_are_parts_of_the_count() -> None:
    text = "900 people have been registered at Pell camp.\n\nRegistered arrivals by sex:\nWomen: 500\nMen: 400\n"
    assert claim_fields(text, "en", FIELDS_WITH_PARENT) == [
        ("displaced", "all", 900, None),
        ("displaced", "women", 500, 0),
        ("displaced", "men", 400, 0),
    ]


def test_a_heading_with_no_participle_of_the_count_stands_alone() -> None:
    # Near miss: the heading names the persons by no word of the count's verb.
    text = (
        "900 people have been registered at Pell camp.\n\nArrivals by sex:\nWomen: 500\nMen: 400\n"
    )
    assert claim_fields(text, "en", FIELDS_WITH_PARENT) == [
        ("displaced", "all", 900, None),
        ("displaced", "women", 500, None),
        ("displaced", "men", 400, None),
    ]
