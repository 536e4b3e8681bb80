"""A none of what is added to a count is a none all the same: "No new deaths were
recorded", "no further arrests", "no additional bodies" are zeros of their act, as "No
deaths" is; "No one detained at the march has been charged" (a none whose act is only in
its subject) and "No new information" (no persons) stay no figure. The newer Azerbaijani
term of an enforced disappearance, "yoxaparma", is the act as "məcburi itkin düşmə" is.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No new deaths were recorded overnight.", [("killed", 0)]),
        ("Police said there were no further arrests.", [("detained", 0)]),
        ("No fresh cases of disappearance were reported in March.", [("disappeared", 0)]),
        ("No additional bodies were recovered from the river.", [("found_dead", 0)]),
    ],
)
def test_none_of_new_ones(text: str, expected: list[tuple]) -> None:
    assert claim_fields(text, "en", ("category", "count")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No one detained at the march has been charged.",
        "No new information was received from the ministry.",
        "No further questions were asked at the briefing.",
    ],
)
def test_near_miss_no_figure(text: str) -> None:
    assert claim_fields(text, "en", ("category", "count")) == []


def test_azerbaijani_yoxaparma_is_disappearance() -> None:
    text = "Hesabat dövründə 4 yoxaparma halı qeydə alınıb; 2024-cü ildə heç bir yoxaparma halı olmayıb."
    assert claim_fields(text, "az", ("category", "count")) == [
        ("disappeared", 4),
        ("disappeared", 0),
    ]
