"""A fact-check's title that asks states nothing ("Were 300 people shot in Ardo?"), and a bare
"this" that answers the figure just given rejects it («Это не подтверждается», "Bu rəqəm
təsdiqini tapmır", "bu da doğru deyil"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fact check: were 300 people shot in Ardo?\nPosts claim that soldiers shot 300 "
         "villagers. That is untrue. Prosecutors have confirmed the deaths of 41 people.", "en"),
        ("Проверка: «В Ардо расстреляли 300 человек»?\nВ сетях пишут, что военные расстреляли "
         "300 жителей. Это не подтверждается. Прокуратура установила гибель 41 человека.", "ru"),
        ("Fakt yoxlaması: Ardoda 300 nəfər güllələnib?\nPaylaşımlarda 300 sakinin güllələndiyi "
         "iddia olunur. Bu rəqəm təsdiqini tapmır. Prokurorluq 41 nəfərin həlak olduğunu "
         "təsdiqləyib.", "az"),
    ],
)  # fmt: skip
def test_a_question_title_and_a_rejected_figure_are_no_claims(text, language):
    assert _read(text, language) == [("killed", 41)]


def test_this_is_not_true_either_rejects_a_second_figure():
    text = (
        "Paylaşımda 300 nəfərin öldürüldüyü deyilir, lakin bu rəqəm təsdiqini tapmır. Müəllif "
        "sonra rəqəmi 90 kimi düzəltsə də, bu da doğru deyil. Həlak olanların sayı 41-dir."
    )
    assert [count for _, count in _read(text, "az") if count in {300, 90}] == []


def test_a_question_in_the_body_is_left_alone():
    text = (
        "Statement of the Ardo council.\nWhy were 40 people detained on Monday? We demand answers."
    )
    assert _read(text, "en") == [("detained", 40)]


def test_a_claim_called_wrong_too_is_no_claim():
    text = (
        'Another claim in the video, that "nobody was hurt at the depot", is also wrong: '
        "fourteen workers were injured there."
    )
    assert claim_fields(text, "en", ("category", "count")) == [("injured", 14)]
