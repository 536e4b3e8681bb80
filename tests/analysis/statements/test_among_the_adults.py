"""After the children of a figure, "among the adults" («среди взрослых», "böyüklər arasında")
opens the rest of its parts: the adults are the figure's persons who are not children, and
the men and women counted among them are parts of that figure. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Divers brought up the bodies of 64 passengers, 9 of them children. Among the adults "
         "were 31 men and 24 women.", "en"),
        ("Водолазы подняли тела 64 пассажиров, из них 9 детей. Среди взрослых — 31 мужчина и "
         "24 женщины.", "ru"),
        ("Dalğıclar 64 sərnişinin cəsədini çıxarıb, onlardan 9-u uşaqdır. Böyüklər arasında 31 "
         "kişi və 24 qadın var.", "az"),
    ],
)  # fmt: skip
def test_the_adults_are_parts_of_the_figure(text, language):
    found = claim_fields(text, language, FIELDS)
    assert ("found_dead", "men", 31, 0) in found
    assert ("found_dead", "women", 24, 0) in found
