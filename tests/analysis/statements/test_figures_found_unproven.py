"""A figure the next sentence finds unproven ("We cannot confirm that number", «Эта цифра ничем
не подтверждена») is no claim; «из этого числа» after a count names the figure before as its
whole; case files counted («140 уголовных дел») count no one. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Activists say 900 people were detained. We cannot confirm that number.", "en"),
        ("Активисты пишут о 900 задержанных. Эта цифра пока ничем не подтверждена.", "ru"),
    ],
)
def test_a_figure_found_unproven_after_it_is_no_claim(text, language):
    assert claim_fields(text, language, ("category", "count")) == []


def test_a_confirmed_figure_stands():
    text = "Activists say 900 people were detained. We can confirm that number."
    assert claim_fields(text, "en", ("category", "count")) == [("detained", 900)]


def test_of_this_number_names_the_figure_before():
    text = (
        "Пропавшими числятся 640 человек. 58 человек из этого числа найдены живыми, 31 — погибшими."
    )
    found = claim_fields(text, "ru", ("category", "count", "parent"))
    assert ("missing", 640, None) in found
    assert ("found_dead", 31, 0) in found


@pytest.mark.parametrize(
    "text",
    [
        "Следователи ведут 140 уголовных дел о похищениях людей.",
        "По фактам пыток возбуждено 37 дел.",
    ],
)
def test_case_files_count_no_persons(text):
    assert claim_fields(text, "ru", ("category", "count")) == []
