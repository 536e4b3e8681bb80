"""Acts told in the past continuous or the imperfective, as a report tells what went on for
a time: "Hərbçilər 14 dinc sakini öldürürdülər", «Боевики захватывали заложников: всего 23
человека». Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Hərbçilər 14 dinc sakini öldürürdülər.", "az", ("killed", "civilians", 14)),
        ("Silahlılar dinc sakinləri öldürürdülər: cəmi 14 nəfər.", "az", ("killed", "all", 14)),
        ("Боевики захватывали заложников: всего 23 человека.", "ru", ("captured", "all", 23)),
        ("За неделю боевики захватывали заложников — всего 23 человека.", "ru",
         ("captured", "all", 23)),
    ],
)  # fmt: skip
def test_an_act_that_went_on_is_the_act(text, language, expected):
    assert claim_fields(text, language, ("category", "subgroup", "count")) == [expected]
