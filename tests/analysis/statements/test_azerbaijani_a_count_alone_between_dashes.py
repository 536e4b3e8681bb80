"""Azerbaijani: a count alone between dashes after its subject ("binanın sakinləri — 120 nəfər
— köçürülüb") is the subject's number and takes the verb of the clause after it. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yanğından sonra binanın bütün sakinləri — 120 nəfər — məktəbə köçürülüb.",
            [("displaced", "all", 120)],
        ),
        (
            "Qəza zamanı avtobusun sərnişinləri — 40 nəfər — yaralanıb.",
            [("injured", "all", 40)],
        ),
        (
            "Kəndin əhalisi — təxminən 700 nəfər — iki gün ərzində meşəyə qaçıb.",
            [("displaced", "all", 700)],
        ),
    ],
)
def test_a_count_between_dashes_takes_the_verb_after_it(text, expected):
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == expected
