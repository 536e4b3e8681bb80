"""Tables set down as text in two more shapes: rows whose cells follow a colon split by
slashes, and tables on their side, whose header names places and whose first cells name the
acts. A line that is only a marker of parts makes the rows after it parts of the row before
it; a row opened by a marker names a group among the row above. Tables written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Summary of the shelling, week 14\nMeasure: dead / wounded / houses destroyed\n"
            "Whole province: 9 / 26 / 40\nincluding\nTarn valley: 7 / 20 / 31\n"
            "Hollin uplands: 2 / 6 / 9",
            "en",
        ),
        (
            "Сводка за неделю\nПоказатели: убиты / ранены / уничтожено домов\n"
            "Вся губерния: 9 / 26 / 40\nиз них\nЗаречный уезд: 7 / 20 / 31\n"
            "Луговой уезд: 2 / 6 / 9",
            "ru",
        ),
        (
            "Həftəlik xülasə\nGöstəricilər: öldürülüb / yaralanıb / dağıdılmış evlər\n"
            "Bütün bölgə: 9 / 26 / 40\no cümlədən\nSahil dairəsi: 7 / 20 / 31\n"
            "Dağ dairəsi: 2 / 6 / 9",
            "az",
        ),
    ],
)
def test_slashed_rows_after_a_marker_line_are_parts_of_the_row_before_it(text, language):
    assert _read(text, language) == [
        ("killed", "all", 9, None),
        ("injured", "all", 26, None),
        ("property_destroyed", "homes", 40, None),
        ("killed", "all", 7, 0),
        ("injured", "all", 20, 1),
        ("property_destroyed", "homes", 31, 2),
        ("killed", "all", 2, 0),
        ("injured", "all", 6, 1),
        ("property_destroyed", "homes", 9, 2),
    ]


def test_slashed_rows_with_no_marker_line_are_figures_of_their_own():
    text = "Measure: dead / wounded\nWhole province: 9 / 26\nTarn valley: 7 / 20"
    assert _read(text, "en") == [
        ("killed", "all", 9, None),
        ("injured", "all", 26, None),
        ("killed", "all", 7, None),
        ("injured", "all", 20, None),
    ]


def test_a_marker_line_in_a_pipe_table_nests_the_rows_after_it():
    text = "Area | Killed | Injured\nTotal | 9 | 20\nof which:\nEastbank | 5 | 12"
    assert _read(text, "en") == [
        ("killed", "all", 9, None),
        ("injured", "all", 20, None),
        ("killed", "all", 5, 0),
        ("injured", "all", 12, 1),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Measure | All | Port Selwyn | Gravetown\nDead | 10 | 6 | 4\n"
            "Wounded | 22 | 15 | 7\nof whom women | 5 | 3 | 2",
            "en",
        ),
        (
            "Показатель | Всего | Сосновка | Кедровка\nПогибли | 10 | 6 | 4\n"
            "Ранены | 22 | 15 | 7\nиз них женщины | 5 | 3 | 2",
            "ru",
        ),
        (
            "Göstərici | Cəmi | Qarabulaq | Sarıtəpə\nHəlak olanlar | 10 | 6 | 4\n"
            "Yaralananlar | 22 | 15 | 7\nonlardan qadınlar | 5 | 3 | 2",
            "az",
        ),
    ],
)
def test_a_table_on_its_side_reads_each_column_and_its_groups(text, language):
    # The places' columns stand beside the total column, as places' rows do beside an
    # upright table's total row.
    assert _read(text, language) == [
        ("killed", "all", 10, None),
        ("killed", "all", 6, None),
        ("killed", "all", 4, None),
        ("injured", "all", 22, None),
        ("injured", "all", 15, None),
        ("injured", "all", 7, None),
        ("injured", "women", 5, 3),
        ("injured", "women", 3, 4),
        ("injured", "women", 2, 5),
    ]


def test_slashes_that_name_no_act_make_no_table():
    text = "Call signs: alpha / bravo.\nRoutes: north / south\nOn 12/13 May 4 people were killed."
    assert _read(text, "en") == [("killed", "all", 4, None)]
