"""A toll as it stood before, given by «их было» after it («месяцем ранее их было около девяти
тысяч») or by a verb of reporting with no word of a toll («накануне сообщалось о 71»), is
a count of the same fate, a figure of its own. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Число внутренне перемещённых лиц в районе достигло 14 тысяч; месяцем ранее их "
            "было около девяти тысяч.",
            [
                ("displaced", "all", 14000, None, None, "exact", None),
                ("displaced", "all", 9000, None, None, "about", None),
            ],
        ),
        (
            "Число задержанных выросло до 120, а утром их было 75.",
            [
                ("detained", "all", 120, None, None, "exact", None),
                ("detained", "all", 75, None, None, "exact", None),
            ],
        ),
        (
            "По состоянию на утро пропавшими без вести числятся 64 человека. Накануне "
            "сообщалось о 71.",
            [
                ("missing", "all", 64, None, None, "exact", None),
                ("missing", "all", 71, None, None, "exact", None),
            ],
        ),
        (
            "Из-под завалов извлечены тела 93 человек; на прошлой неделе сообщалось о 61.",
            [
                ("found_dead", "all", 93, None, None, "exact", None),
                ("found_dead", "all", 61, None, None, "exact", None),
            ],
        ),
    ],
)
def test_the_toll_as_it_stood_is_of_the_same_fate(text, claims):
    assert claim_fields(text, "ru") == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Число погибших достигло 40. Их было бы больше, если бы не эвакуация.",
            [("killed", "all", 40, None, None, "exact", None)],
        ),
        (
            "Задержаны 40 человек. В прессе сообщалось о 3 марта как о дате начала.",
            [("detained", "all", 40, None, None, "exact", None)],
        ),
    ],
)
def test_no_number_or_a_date_is_no_toll(text, claims):
    assert claim_fields(text, "ru") == claims
