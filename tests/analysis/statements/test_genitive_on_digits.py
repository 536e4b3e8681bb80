"""Russian digits with the genitive ending of two, three and four before persons («гибель
3-х человек», «ранении 4-х детей») are counts; before things or years «-х» stays an ordinal
or a decade («2-х классов», «90-х годах»). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Обстрел унёс жизни 3-х человек.",
            [("killed", "all", 3, None, None, "exact", None)],
        ),
        (
            "Сообщается о гибели 2-х мирных жителей и ранении 4-х детей.",
            [
                ("killed", "civilians", 2, None, None, "exact", None),
                ("injured", "children", 4, None, None, "exact", None),
            ],
        ),
        (
            "Сообщается о гибели 22-х человек.",
            [("killed", "all", 22, None, None, "exact", None)],
        ),
        (
            "Из 3-х задержанных двое освобождены.",
            [
                ("detained", "all", 3, None, None, "exact", None),
                ("released", "all", 2, None, None, "exact", 0),
            ],
        ),
    ],
)
def test_the_genitive_of_two_three_four_before_persons_counts(text, claims):
    assert claim_fields(text, "ru") == claims


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Ученики 2-х классов ранены.", []),
        ("В 90-х годах погибли 300 человек.", [300]),
        ("В 13-х числах погибли 5 человек.", [5]),
    ],
)
def test_before_things_it_stays_an_ordinal(text, counts):
    assert [c[0] for c in claim_fields(text, "ru", ("count",))] == counts
