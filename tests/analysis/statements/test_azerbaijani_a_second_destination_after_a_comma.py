"""Azerbaijani: a comma between two places in the dative, the second naming the first more
closely ("qonşu rayona, qohumlarının yanına köçüb"), ends no clause; the verb after the
second is the count's. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    "text",
    [
        "Daşqından sonra 260 nəfər qonşu kəndə, qohumlarının yanına köçüb.",
        "Daşqından sonra 260 nəfər qohumlarının yanına, rayon mərkəzinə köçüb.",
        "Daşqından sonra 260 nəfər dağ kəndlərinə, Yuxarıçaya köçüb.",
    ],
)
def test_the_verb_after_a_second_place_is_the_counts(text):
    assert _read(text) == [("displaced", 260, "exact")]


def test_a_count_of_its_own_after_the_comma_keeps_its_own_verb():
    # The first count shares the verb said once at the end, as before.
    text = "Kənddən 90 nəfər rayon mərkəzinə, 40 nəfər isə Bakıya köçüb."
    assert _read(text) == [("displaced", 90, "exact"), ("displaced", 40, "exact")]


def test_a_place_not_in_the_dative_still_ends_the_clause():
    # "260 people are in the school, they moved to their relatives": a new clause.
    assert _read("Məktəbdə 260 nəfər var, sonra qohumlarının yanına köçüblər.") == []
