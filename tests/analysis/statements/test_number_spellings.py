"""Number words written as the standard writes them where CLDR spells them as spoken
(Azerbaijani sixty: "altmış", CLDR "atmış"; eighty: "səksən", CLDR "səqsən"), and Azerbaijani endings in vowel harmony with
their numeral ("minə", not "mina", a landmine). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("İki yüz altmış dörd nəfər saxlanılıb.", 264),
        ("Altmış nəfər saxlanılıb.", 60),
        ("Atmış beş nəfər saxlanılıb.", 65),
        ("Səksən beş məhbus saxlanılıb.", 85),
        ("Doqquz yüz səksən nəfər saxlanılıb.", 980),
        ("Səqsən iki nəfər saxlanılıb.", 82),
    ],
)
def test_sixty_and_eighty_in_either_spelling(text, count):
    assert [(c.category, c.count) for c in read_statement(text, "az").claims] == [
        ("detained", count)
    ]


def test_sixty_with_a_possessive_ending_is_a_part():
    text = "Polis 300 nəfəri saxlayıb, onlardan altmışı qadındır."
    claims = read_statement(text, "az").claims
    assert [(c.subgroup, c.count, c.parent) for c in claims] == [
        ("all", 300, None),
        ("women", 60, 0),
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "minə" (to a thousand) takes its ending in harmony with "min"; "mina" is a landmine.
        ("Ölənlərin sayı minə çatıb.", 1000),
        ("Yaralılardan 14-ü mina qurbanıdır.", 14),
    ],
)
def test_azerbaijani_numeral_endings_are_in_vowel_harmony(text, count):
    assert [c[0] for c in claim_fields(text, "az", ("count",))] == [count]
