"""«Вы эти данные оспариваете?», "Do you dispute this figure?": a question asks whether the
figure before is rejected and rejects nothing; said as a statement, it rejects the figure.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Врач больницы говорил о 24 обратившихся с травмами. Эти сведения вы оспариваете?", "ru"),
        ("The hospital reported 24 people injured. Do you dispute this figure?", "en"),
    ],
)
def test_a_question_rejects_nothing(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("injured", 24)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Врач больницы говорил о 24 обратившихся с травмами. Министерство эти данные оспаривает.",
         "ru"),
        ("The hospital reported 24 people injured. The ministry disputes this figure.", "en"),
    ],
)  # fmt: skip
def test_a_statement_rejects_the_figure(text, language):
    assert claim_fields(text, language, ("category", "count")) == []
