"""«Судьба 14 жителей, увезённых военными 12 марта, до сих пор неизвестна»: a participle
clause set off after the persons stays within the fate's clause, and persons taken away by
those who hold them whose fate is unknown disappeared. Persons evacuated stay missing; a fate
found out is none. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Судьба 9 жителей, увезённых солдатами в мае, до сих пор неизвестна.", "disappeared"),
        ("Судьба 9 жителей, эвакуированных в мае, до сих пор неизвестна.", "missing"),
    ],
)
def test_a_fate_unknown_past_a_participle_clause(text, category):
    assert claim_fields(text, "ru") == [(category, "all", 9, None, None, "exact", None)]


def test_a_fate_found_out_past_a_participle_clause_is_no_figure():
    assert claim_fields("Судьба 9 жителей, увезённых солдатами в мае, установлена.", "ru") == []
