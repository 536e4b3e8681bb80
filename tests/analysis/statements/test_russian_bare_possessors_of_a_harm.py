"""«Не менее 12 из них избивали; у пятерых переломы»: a bare count with «у» and a harm leaves
«из них» unsaid, so its persons are of the count told before it in its sentence. Said in a
sentence of its own it names no count to be of. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "В изоляторе удерживались 30 человек. Не менее 12 из них подвергались избиениям; "
            "у пятерых выявлены переломы рёбер.",
            [
                ("detained", "all", 30, None, None, "exact", None),
                ("tortured", "all", 12, None, None, "at_least", 0),
                ("injured", "all", 5, None, None, "exact", 1),
            ],
        ),
        (
            "Задержаны 31 человек. Шестерых отпустили, у двоих следы побоев.",
            [
                ("detained", "all", 31, None, None, "exact", None),
                ("released", "all", 6, None, None, "exact", 0),
                ("tortured", "all", 2, None, None, "exact", 1),
            ],
        ),
    ],
)
def test_a_bare_possessor_is_of_the_count_before_it_in_its_sentence(text, claims):
    assert claim_fields(text, "ru") == claims


def test_a_bare_possessor_in_a_sentence_of_its_own_is_of_no_count():
    assert claim_fields(
        "В лагерь прибыли 30 человек. Медсестра осмотрела их: у пятерых лёгкие ранения.", "ru"
    ) == [
        ("displaced", "all", 30, None, None, "exact", None),
        ("injured", "all", 5, None, None, "exact", None),
    ]


def test_a_bare_possessor_more_than_the_count_before_it_is_no_part_of_it():
    assert claim_fields("Задержаны 31 человек. Двоих отпустили, у пятерых следы побоев.", "ru") == [
        ("detained", "all", 31, None, None, "exact", None),
        ("released", "all", 2, None, None, "exact", 0),
        ("tortured", "all", 5, None, None, "exact", None),
    ]
