"""Russian: «первоначально сообщалось о шести погибших», «изначально сообщали о двух раненых»
— a figure the text says was reported first is an earlier report the new figure replaces, as
«ранее сообщалось» is; it is no figure of its own. «Первоначально» saying only when persons
were somewhere («изначально в подвале находились 30 человек») changes nothing. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "При обрушении моста погибли 9 человек. Первоначально сообщалось о семи погибших.",
            [("killed", "all", 9)],
        ),
        (
            "В результате взрыва ранены 14 человек. Изначально сообщали о десяти раненых.",
            [("injured", "all", 14)],
        ),
    ],
)
def test_a_figure_reported_first_is_no_figure_of_its_own(text, expected):
    assert _read(text) == expected


def test_first_said_of_where_persons_were_changes_nothing():
    text = "Изначально в подвале находились 30 человек, из них 4 погибли при обстреле."
    assert _read(text) == [("killed", "all", 4)]
