"""«У 19 освобождённых ранения»: Russian says what persons have with «у» and no verb (or a
verb of recording); a participle naming the persons says what they were before. The count
is injured, a part of the count of that earlier fate. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Из плена вернулись 40 человек. У шестерых вернувшихся диагностированы "
            "огнестрельные ранения.",
            [
                ("released", "all", 40, None, None, "exact", None),
                ("injured", "all", 6, None, None, "exact", 0),
            ],
        ),
        (
            "Освобождены 52 заложника. У 9 освобождённых ранения, двое из них в реанимации.",
            [
                ("released", "all", 52, None, None, "exact", None),
                ("injured", "all", 9, None, None, "exact", 0),
                ("injured", "all", 2, None, None, "exact", 1),
            ],
        ),
    ],
)
def test_the_possessors_of_an_injury_are_injured(text, claims):
    assert claim_fields(text, "ru") == claims


def test_what_they_have_that_is_no_injury_changes_nothing():
    assert claim_fields(
        "Из плена вернулись 40 человек. У 12 освобождённых есть родственники за границей.", "ru"
    ) == [
        ("released", "all", 40, None, None, "exact", None),
        ("released", "all", 12, None, None, "exact", None),
    ]
