"""An answer that says again the bare count its question's line stated («Сегодня вы говорите
— сорок. Где правда? — Сорок.») confirms a figure already read, and is none of its own; a
count the question only asks about, or one of persons the question names, is read in the
answer, with the fate of the sentence that asks. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "as_stated")


def test_an_answer_confirming_a_count_said_in_the_question_is_no_new_figure():
    text = (
        "Адвокат: В спортзале держали тридцать человек. Сегодня вы называете другое число — "
        "сорок. Так сколько?\n\nСвидетель: Сорок."
    )
    assert [c[:2] for c in claim_fields(text, "ru", FIELDS)] == [("detained", 30), ("detained", 40)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Адвокат: Сколько человек держали в спортзале? Сорок?\n\nСвидетель: Сорок.",
            [("detained", 40, "Сорок")],
        ),
        (
            "— В спортзале держали 40 человек. Сколько из них погибли?\n— 40.",
            [("detained", 40, "держали 40 человек"), ("killed", 40, "40")],
        ),
    ],
)
def test_a_count_only_asked_about_is_read_in_the_answer(text, expected):
    assert claim_fields(text, "ru", FIELDS) == expected
