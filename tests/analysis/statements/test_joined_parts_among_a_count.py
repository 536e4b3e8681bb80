"""Counts joined before "were among the N injured" («оказались среди 90 раненых») are each a
part of the N, not the last alone; an Azerbaijani whole before "arasında" may stand in the
bare form ("90 yaralı arasında", "40 nəfər arasında") as well as in the genitive. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Six reporters and two nurses were among the 75 injured in the square.", "en"),
        ("Шесть репортёров и две медсестры оказались среди 75 раненых на площади.", "ru"),
    ],
)
def test_each_count_joined_before_among_is_a_part(text, language):
    claims = figures(text, language)
    whole = next(k for k, c in enumerate(claims) if c[2] == 75)
    parts = sorted((c[2], c[3]) for c in claims if c[2] != 75)
    assert claims[whole][:3] == ("injured", "all", 75)
    assert parts == [(2, whole), (6, whole)]


def test_a_count_with_a_fate_of_its_own_is_no_part():
    text = "Ten soldiers died and four children were among the 75 injured."
    claims = figures(text, "en")
    assert ("killed", "servicemen", 10, None) in claims
    assert claims[1][:3] == ("injured", "children", 4)
    assert claims[1][3] == 2


@pytest.mark.parametrize(
    "text",
    [
        "75 yaralı arasında altı jurnalist və iki tibb bacısı var.",
        "Yaralanan 75 nəfər arasında altı jurnalist və iki tibb bacısı var.",
    ],
)
def test_an_azerbaijani_whole_in_the_bare_form_before_among(text):
    claims = figures(text, "az")
    assert claims[0][:3] == ("injured", "all", 75)
    assert [c[2:] for c in claims[1:]] == [(6, 0), (2, 0)]


def test_among_two_villages_is_no_whole():
    claims = figures("İki kənd arasında 40 nəfər saxlanılıb.", "az")
    assert claims == [("detained", "all", 40, None)]
