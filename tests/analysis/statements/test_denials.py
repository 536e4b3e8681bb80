"""A figure the text rejects or finds unproven is no claim; a figure in another clause is."""

from __future__ import annotations

import pytest

from rightsledger.analysis.statements import read_statement


def counts(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.count) for c in read_statement(text, language).claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The governor denied that 70 villagers had been detained.", "en"),
        ("Claims that 25 hostages were executed are false, the group said.", "en"),
        ("The tribunal was not satisfied that 40 killings had been proven.", "en"),
        ("Пресс-служба опровергла информацию о гибели 19 военнослужащих.", "ru"),
        ("Данные о том, что 60 человек были задержаны, не соответствуют действительности.", "ru"),
        ("Müdafiə Nazirliyi 15 hərbçinin həlak olması barədə xəbərləri təkzib edib.", "az"),
    ],
)
def test_a_rejected_figure_is_no_claim(text, language):
    assert counts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        (
            "The court found no evidence that 20 were tortured, but found that 35 had been "
            "detained.",
            "en",
            ("detained", 35),
        ),
        (
            "Суд не нашёл доказательств того, что были убиты 50 человек, как утверждало "
            "обвинение, и признал доказанной гибель 14 жителей.",
            "ru",
            ("killed", 14),
        ),
        ("Сообщение о гибели людей не подтвердилось: ранены трое.", "ru", ("injured", 3)),
    ],
)
def test_a_figure_in_another_clause_stays(text, language, kept):
    assert counts(text, language) == [kept]
