"""Azerbaijani: a word that may number a thing ("hissə", a part of an article; "kamera", a cell)
in the locative before a count of persons says where they are, not which one: "Hərbi hissədə
31 əsgər ölüb" (in the military unit), "Kamerada 12 nəfər saxlanılır". Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ötən il hərbi hissədə ən azı 31 əsgər ölüb.", [("killed", "servicemen", 31)]),
        ("Hissədə 31 əsgər ölüb.", [("killed", "servicemen", 31)]),
        ("Kamerada 12 nəfər saxlanılır.", [("detained", "all", 12)]),
    ],
)
def test_persons_counted_in_a_place_named_by_a_reference_word(text, expected):
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == expected


def test_a_part_of_an_article_still_numbers_no_persons():
    text = "Cinayət Məcəlləsinin 221-ci maddəsinin 2-ci hissəsində 5 il həbs nəzərdə tutulur."
    assert claim_fields(text, "az", ("category", "count")) == []
