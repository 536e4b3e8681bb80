"""A count in the answer to a question takes the fate the question asked about (its verb, else
a noun that names a fate), and its persons when the answer names none. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("— How many people were killed in the raid?\n— At least 40, among them 9 children.", "en"),
        ("Q: How many died in the raid?\nA: At least 40, among them 9 children.", "en"),
        ("— А погибшие есть?\n— Не менее 40 человек, из них 9 детей.", "ru"),
        ("— Neçə nəfər həlak olub?\n— Ən azı 40 nəfər, onlardan 9-u uşaq.", "az"),
    ],
)
def test_the_answer_counts_the_fate_asked_about(text, language):
    assert [(c[0], c[1], c[3]) for c in _read(text, language)] == [
        ("killed", "all", None),
        ("killed", "children", 0),
    ]


def test_the_answer_counts_the_persons_asked_about():
    text = "Q: Have any teachers been freed?\nA: A few: five in May alone."
    assert ("released", "teachers", 5) in [c[:3] for c in _read(text, "en")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("— How many people live in the camp?\n— About 4,800.", "en"),
        ("— Сколько пленных удалось вернуть?\n— Состоялось семь обменов.", "ru"),
        ("— How many were killed?\n— None that we know of. We held 12 meetings.", "en"),
    ],
)
def test_no_fate_asked_or_no_persons_counted_is_nothing(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Q: How many residents are still missing? A: As of this morning, 318.", "en"),
        ("Вопрос: Сколько жителей всё ещё числятся пропавшими? Ответ: На утро — 318.", "ru"),
        ("Sual: Neçə sakin hələ də itkin düşmüş sayılır? Cavab: Səhər etibarilə — 318.", "az"),
    ],
)
def test_an_answer_on_the_questions_line(text, language):
    """A question answered on its own line, after the answer's mark, is answered there."""
    assert _read(text, language) == [("missing", "all", 318, None)]


def test_a_sentence_after_a_question_with_no_answer_mark_is_no_answer():
    text = "How many were killed in the raid? Nobody can say. 40 were injured."
    assert _read(text, "en") == [("injured", "all", 40, None)]
