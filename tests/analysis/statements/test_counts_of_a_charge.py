"""Counts and charges of an indictment or a verdict ("convicted on 6 counts of murder",
"faces 3 charges of torture") are charges, not persons the act befell; the persons a
judgment names ("the killing of 19 civilians") are. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "The former commander was convicted on 6 counts of murder.",
        "The warden faces 3 charges of torture.",
    ],
)
def test_counts_of_a_charge_are_no_figure(text):
    assert _read(text) == []


def test_persons_named_in_a_judgment_are():
    text = "He faces 3 charges over the killing of 19 civilians."
    assert _read(text) == [("killed", 19)]
