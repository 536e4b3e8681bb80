"""A headline's rounded bound on a figure the text gives below («превысило миллион» over «около
1,2 млн человек», "More than 500 killed" over "at least 540 people were killed") is that
figure said again, not a figure of its own; a bound the figure below does not meet, or a
figure of another kind, stays. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Число беженцев из региона превысило полмиллиона\n\n"
            "По данным миграционной службы, свои дома покинули около 640 тысяч человек.",
            "ru",
            [("displaced", "all", 640000)],
        ),
        (
            "Более 300 человек погибли при землетрясении\n\n"
            "По последним данным, погибли по меньшей мере 357 человек.",
            "ru",
            [("killed", "all", 357)],
        ),
        (
            "More than 200 killed in dam collapse\n\n"
            "At least 236 people were killed when the dam gave way, officials said.",
            "en",
            [("killed", "all", 236)],
        ),
    ],
)
def test_a_headline_bound_met_below_is_no_figure(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            # Three times the bound is no rounding of it: two figures.
            "Число беженцев из региона превысило полмиллиона\n\n"
            "По данным миграционной службы, свои дома покинули около 1,5 млн человек.",
            "ru",
            [("displaced", "all", 500000), ("displaced", "all", 1500000)],
        ),
        (
            # Another act below: the headline's figure is its own.
            "More than 200 killed in dam collapse\n\n"
            "At least 236 people were injured when the dam gave way, officials said.",
            "en",
            [("killed", "all", 200), ("injured", "all", 236)],
        ),
    ],
)
def test_a_headline_bound_not_met_below_stays(text, language, expected):
    assert claim_fields(text, language, FIELDS) == expected
