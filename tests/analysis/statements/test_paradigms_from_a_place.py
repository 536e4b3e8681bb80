"""An Azerbaijani place in the ablative after the counted persons says where from, not whom:
"4000 sakin kənddən qovulub" counts residents (it was read as settlements, which a verb of
displacement does not take). The whole of a part in the ablative, before it, stays a whole
("8 körpüdən 2-si"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Müharibə zamanı 4000 sakin kənddən qovulub.", ("displaced", "all", 4000)),
        ("Əsgərlər 4000 sakini kəndlərdən qovublar.", ("displaced", "all", 4000)),
        ("Əsgərlər 4000 sakini kənddən zorla köçürüblər.", ("displaced", "all", 4000)),
        ("Gecə 20 nəfər binadan çıxarılaraq saxlanılıb.", ("detained", "all", 20)),
    ],
)
def test_the_place_is_where_from(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_a_whole_in_the_ablative_before_its_part_is_still_a_whole():
    assert _read("Rayondakı 8 körpüdən 2-si uçub.") == [
        ("property_destroyed", "bridges", 2, "exact")
    ]
