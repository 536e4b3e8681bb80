"""Russian «в числе погибших» ("among the dead") marks a part as «среди погибших» does.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "При обстреле рынка погибли 14 человек. В числе погибших трое детей.",
            [("killed", "all", 14, None), ("killed", "children", 3, 0)],
        ),
        (
            "В лагерь доставлены 40 раненых. В числе раненых девять женщин.",
            [("injured", "all", 40, None), ("injured", "women", 9, 0)],
        ),
    ],
)
def test_in_the_number_of_the_dead_is_a_part(text, expected):
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent")) == expected
