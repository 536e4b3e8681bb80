"""An English bare number that opens its part of a clause and has only a place or a time after
it ("31 were killed in Vesk, 17 in Orla and 6 in Tamb", "… in 2019, 44 in 2020") has the verb
of the figure before it left out. A part with a verb of its own ("and 17 in Orla were fined")
is not gapped. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "At least 31 people were killed in Vesk, 17 in Orla and 6 in Tamb.",
        "31 people were killed in 2019, 17 in 2020 and 6 in 2021.",
        "31 civilians were killed in May, 17 in June and 6 in July.",
    ],
)
def test_each_part_has_the_verb_before(text):
    assert _read(text) == [("killed", 31), ("killed", 17), ("killed", 6)]


def test_a_part_with_its_own_verb_is_not_gapped():
    text = "31 people were killed in Vesk, and 17 in Orla were fined by the court."
    assert _read(text) == [("killed", 31)]
