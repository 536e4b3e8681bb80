"""Russian «помилованы» (pardoned), of prisoners, is a release, by either voice; sentences
shortened stay no figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    "text",
    ["Помилованы 14 политзаключённых.", "Президент помиловал 14 осуждённых."],
)
def test_pardoned_are_released(text):
    assert claim_fields(text, "ru", FIELDS) == [("released", "all", 14)]


def test_a_sentence_shortened_is_no_release():
    """Near miss: a sentence softened, not the persons pardoned."""
    assert claim_fields("40 осуждённым сокращены сроки наказания.", "ru", FIELDS) == []
