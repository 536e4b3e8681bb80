"""A figure put forward as an allegation ("the indictment alleged that", «обвинение настаивало
на», "iddia etsə də") that a smaller figure of the same act found later replaces is no claim;
its parts go to its whole. An allegation nothing smaller follows stands. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Guards held about 90 miners in the depot. The prosecution alleged that 20 of "
            "them were tortured there. The tribunal found that 12 of them were tortured.",
            "en",
            [("detained", "miners", 90, None), ("tortured", "miners", 12, 0)],
        ),
        (
            "Обвинение настаивало на 15 погибших, однако суд признал доказанной гибель "
            "девяти человек.",
            "ru",
            [("killed", "all", 9, None)],
        ),
        (
            "Prokurorluq 15 nəfərin öldürüldüyünü iddia etsə də, məhkəmə 9 nəfərin "
            "öldürüldüyünü sübuta yetirilmiş hesab edib.",
            "az",
            [("killed", "all", 9, None)],
        ),
    ],
)
def test_an_allegation_a_smaller_finding_replaces_is_no_claim(text, language, expected):
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The indictment alleges that the unit killed 44 villagers, 10 of them children.",
            "en",
            [("killed", "all", 44, None), ("killed", "children", 10, 0)],
        ),
        (
            "Обвинение вменяет ему убийство 8 человек.",
            "ru",
            [("killed", "all", 8, None)],
        ),
    ],
)
def test_an_allegation_nothing_smaller_follows_stands(text, language, expected):
    assert _read(text, language) == expected


def test_the_alleged_as_an_adjective_alleges_nothing():
    text = "Troops killed 40 alleged rebels. Four soldiers were killed."
    assert _read(text, "en") == [("killed", "all", 40, None), ("killed", "servicemen", 4, None)]


def test_an_allegation_naming_the_group_again_is_replaced_by_a_finding_of_them():
    # "15 of the men" is of the men; the finding's "9 of them" is what was held of them.
    text = (
        "Militiamen rounded up 60 men at the market. The prosecution alleged that 15 of the "
        "men were shot. The court found that 9 of them were killed."
    )
    assert _read(text, "en") == [("detained", "men", 60, None), ("killed", "men", 9, 0)]
