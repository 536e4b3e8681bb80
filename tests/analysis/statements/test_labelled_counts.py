"""Counts given after a label, as fact sheets and situation reports set them ("Journalists
detained: 7", «Разрушено жилых домов: 156», "Dağıdılmış evlər: 40"): the bare number counts
the label's noun and suffers its verb; words in a parenthesis only qualify the label. Persons
counted after a label that names an act suffer it ("Killed since Monday: 40 people"), and a
label opened by a marker of parts ("Of whom living in camps: 12 300", «из них …: 1 200») counts
a part of the figure before. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Teachers arrested: 14", "en", ("detained", "teachers", 14)),
        ("Journalists wounded (confirmed): 9", "en", ("injured", "journalists", 9)),
        ("Schools destroyed: 6", "en", ("property_destroyed", "schools", 6)),
        ("People evacuated since March: 2 150", "en", ("displaced", "all", 2150)),
        ("Задержаны журналисты: 7", "ru", ("detained", "journalists", 7)),
        ("Разрушено жилых домов: 156", "ru", ("property_destroyed", "homes", 156)),
        ("Погибшие дети (по данным больниц): 12", "ru", ("killed", "children", 12)),
        ("Həlak olan uşaqlar: 12", "az", ("killed", "children", 12)),
        ("Dağıdılmış evlər: 40", "az", ("property_destroyed", "homes", 40)),
        ("• Tam yandırılmış evlər: 40", "az", ("property_destroyed", "homes", 40)),
        ("Yaralanan jurnalistlər (təsdiqlənmiş): 5", "az", ("injured", "journalists", 5)),
    ],
)
def test_a_bare_number_counts_the_label(text, language, expected):
    assert _read(text, language) == [(*expected, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("- Women killed: 30, including 4 girls' mothers\n- Funding: 12", "en"),
        ("— убиты женщины: 30;\n— выплачено: 12 млн руб.", "ru"),
    ],
)
def test_each_line_is_a_label_of_its_own(text, language):
    assert _read(text, language)[0] == ("killed", "women", 30, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our staff: 40", "en"),
        ("Funding received: 48 million", "en"),
        ("Наши сотрудники: 40", "ru"),
        ("Community outreach sessions held: 143", "en"),
        ("Village council meetings held: 12", "en"),
    ],
)
def test_a_label_with_no_fate_counts_nothing(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed since Monday: 40 people.", ("killed", 40)),
        ("Arrivals since the weekend: 900 persons.", ("displaced", 900)),
        ("New displacement in the district: 1,150 people.", ("displaced", 1150)),
    ],
)
def test_persons_counted_after_a_label_of_an_act_suffer_it(text, expected):
    assert claim_fields(text, "en", ("category", "count")) == [expected]


def test_persons_after_a_label_of_no_act_are_no_figure():
    assert claim_fields("Staff on duty: 40 people.", "en", ("category", "count")) == []


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        (
            "- People displaced since March: 40 200\n- Of whom living in camps: 12 300\n"
            "- Of whom children: 9 100",
            "en",
            [("displaced", "all", 12300, 0), ("displaced", "children", 9100, 0)],
        ),
        (
            "— эвакуированы: 40 200 человек;\n— из них проживают в общежитиях: 12 300;",
            "ru",
            [("displaced", "all", 12300, 0)],
        ),
    ],
)
def test_a_label_opened_by_a_marker_of_parts_counts_a_part(text, language, parts):
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, language, fields) == [("displaced", "all", 40200, None), *parts]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Killed since the beginning of the year: 41", "en", ("killed", "all", 41, None)),
        ("Wounded in the past 24 hours: 12", "en", ("injured", "all", 12, None)),
        ("Убито с начала года: 41", "ru", ("killed", "all", 41, None)),
        ("Ранено за сутки: 12", "ru", ("injured", "all", 12, None)),
        (
            "Разрушено домов с начала года: 41",
            "ru",
            ("property_destroyed", "homes", 41, None),
        ),
        ("İlin əvvəlindən yaralanıb: 12", "az", ("injured", "all", 12, None)),
    ],
)
def test_the_period_of_a_label_is_no_thing_counted(text, language, expected):
    assert _read(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Days under curfew since the start of the year: 41", "en"),
        ("Дней комендантского часа с начала года: 41", "ru"),
    ],
)
def test_a_label_that_counts_days_and_names_no_act_is_no_figure(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Нижний квартал: 6 погибших.", "ru"),
        ("Школа № 4: 6 погибших.", "ru"),
        ("Lower quarter: 6 killed.", "en"),
    ],
)
def test_a_place_heading_a_line_leaves_the_count_its_own_fate(text, language):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == [("killed", "all", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дома: 14 разрушено.", [("property_destroyed", "homes", 14)]),
        ("Дети: 6 погибших.", [("killed", "children", 6)]),
    ],
)
def test_a_label_of_things_or_persons_still_names_the_count(text, expected):
    assert claim_fields(text, "ru", ("category", "subgroup", "count")) == expected
