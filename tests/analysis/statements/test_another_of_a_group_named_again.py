"""«Ещё трое солдат» in the sentence after a count of soldiers adds three more soldiers to
it, however the counts before them happen to add up to an earlier whole: "another" that names
the group of the count just before is no rest of that whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На базе удерживали 12 жителей. Семерых из них отпустили.\n\n"
            "Отдельно сообщается о гибели двух солдат на полигоне. Ещё трое солдат ранены.",
            [
                ("detained", "all", 12, None),
                ("released", "all", 7, 0),
                ("killed", "servicemen", 2, None),
                ("injured", "servicemen", 3, None),
            ],
        ),
        (
            "Two soldiers died at the range. Another three soldiers were wounded.",
            [("killed", "servicemen", 2, None), ("injured", "servicemen", 3, None)],
        ),
    ],
)
def test_another_adds_to_its_group(text, expected):
    language = "en" if text.startswith("Two") else "ru"
    assert claim_fields(text, language, ("category", "subgroup", "count", "parent")) == expected
