"""Deminers and crew members are free labels; young men are men; an English predicate noun
after an article or "also" names the part's group ("one of the injured was a deminer", "two of
them were also children"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On the Lorn ferry three crew members were killed and one deminer was hurt.", "en"),
        ("На пароме «Лорн» погибли три члена экипажа, ранен один сапёр.", "ru"),
        ("Lorn bərəsində 3 ekipaj üzvü həlak olub, bir minatəmizləyən yaralanıb.", "az"),
    ],
)
def test_deminers_and_crews_are_labels(text, language):
    assert _read(text, language) == [
        ("killed", "crew members", 3, None),
        ("injured", "deminers", 1, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("At the checkpoint near Vell five young men were detained.", "en"),
        ("На блокпосту под Веллом задержаны пятеро юношей.", "ru"),
        ("Vell yaxınlığındakı postda beş gənc oğlan saxlanılıb.", "az"),
    ],
)
def test_young_men_are_men(text, language):
    assert _read(text, language) == [("detained", "men", 5, None)]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Shelling wounded 8 people in Arth. One of the wounded was a deminer.", "deminers"),
        ("Shelling wounded 8 people in Arth. Two of them were also children.", "children"),
    ],
)
def test_a_predicate_noun_after_an_article_or_also_names_the_part(text, subgroup):
    [whole, part] = _read(text, "en")
    assert whole == ("injured", "all", 8, None)
    assert part[1:] == (subgroup, part[2], 0)


def test_a_numbered_team_is_no_count():
    text = "Mines injured 6 people in Arth. One of the wounded was a deminer of Team 4, hurt in the field."
    found = _read(text, "en")
    assert all(count != 4 for _, _, count, _ in found)
