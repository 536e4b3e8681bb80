"""«Более 9 000 человек, почти треть из которых составляют дети, были эвакуированы»: a share of
the persons counted said between commas counts no one of ours, and the predicate after its
closing comma is the count's own (as in English, "roughly a third of them,"). With no predicate
of an act after it, nothing is read. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "qualifier")


@pytest.mark.parametrize(
    "text",
    [
        "Более 9 000 человек, почти треть из которых составляют дети, были эвакуированы.",
        "Более 9 000 человек, большинство из которых женщины и дети, были эвакуированы.",
        "Более 9 000 человек, около половины из них пожилые, были эвакуированы.",
    ],
)
def test_the_predicate_after_the_share_is_the_counts(text):
    assert claim_fields(text, "ru", FIELDS) == [("displaced", 9000, "at_least")]


def test_a_share_with_no_act_after_it_reads_nothing():
    text = "В посёлке живут более 9 000 человек, почти треть из которых составляют дети."
    assert claim_fields(text, "ru", FIELDS) == []
