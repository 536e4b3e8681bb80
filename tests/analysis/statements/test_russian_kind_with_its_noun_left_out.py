"""«три братские могилы и пять одиночных»: the noun said with the first kind is left out
after the second, whose adjective stands for it — five graves too. An adjective whose noun is
said counts that noun, and a first count with no kind lends nothing. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def test_the_second_kind_counts_the_noun_of_the_first():
    assert claim_fields("Обнаружены две братские могилы и четыре одиночные.", "ru") == [
        ("burial_sites", "all", 2, None, None, "exact", None),
        ("burial_sites", "all", 4, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В лесу обнаружены две братские могилы и пять одиночных окопов.",
        "В лесу обнаружены две могилы и пять одиночных.",
    ],
)
def test_no_noun_is_lent_where_it_is_said_or_no_kind_is(text):
    assert claim_fields(text, "ru") == [("burial_sites", "all", 2, None, None, "exact", None)]
