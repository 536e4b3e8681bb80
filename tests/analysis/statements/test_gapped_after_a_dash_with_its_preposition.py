"""A Russian clause left incomplete after a dash may say the preposition of the count again:
«утром сообщали о девяти погибших, к вечеру — о восемнадцати»: the count has the verb and the
fate of the figure before, as «к вечеру — восемнадцать» would. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Днём спасатели говорили о семи погибших, к ночи — о пятнадцати.",
            [("killed", "all", 7, None), ("killed", "all", 15, None)],
        ),
        (
            "В понедельник МЧС сообщало о 40 раненых, во вторник — о 52.",
            [("injured", "all", 40, None), ("injured", "all", 52, None)],
        ),
    ],
)
def test_a_count_after_the_dash_and_its_preposition_has_the_fate_before(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected


def test_a_count_of_things_after_the_dash_is_no_figure():
    # Near miss: the count after the dash names things of its own.
    text = "Днём спасатели говорили о семи погибших, к ночи — о пятнадцати домах."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "all", 7, None)]
