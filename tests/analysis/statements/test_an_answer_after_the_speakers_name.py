"""«ПЕТРОВА. Девятеро.»: transcripts write who speaks in capitals before a full stop; the
answer's first sentence is the one after the name, and its count takes the fate the question
asked about. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ВОПРОС (газета «Юг»). Сколько активистов сейчас находятся под стражей?\n"
         "ПЕТРОВА. Девятеро. Всем предъявлено обвинение.", "ru", ("detained", 9)),
        ("QUESTION. How many activists have been detained?\nMS OKAFOR. Nine. All have been "
         "charged.", "en", ("detained", 9)),
    ],
)  # fmt: skip
def test_the_count_after_the_speakers_name_answers(text, language, expected):
    assert claim_fields(text, language, ("category", "count")) == [expected]


def test_a_second_sentence_of_the_answer_says_more():
    text = (
        "ВОПРОС. Сколько активистов сейчас находятся под стражей?\n"
        "ПЕТРОВА. Я не знаю. Девять человек получили повестки."
    )
    assert claim_fields(text, "ru", ("category", "count")) == []
