"""Russian «снести» (to pull down) destroys in the active as in the passive: «снесли 12 домов»
as «снесены 12 домов», an instrument between the verb and its object or not. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "На окраине Заозёрска рабочие подрядчика снесли 12 домов.",
        "На окраине Заозёрска подрядчик снёс экскаваторами 12 домов.",
        "На окраине Заозёрска снесены 12 домов.",
    ],
)
def test_the_homes_pulled_down_are_destroyed(text):
    assert claim_fields(text, "ru", ("category", "subgroup", "count")) == [
        ("property_destroyed", "homes", 12)
    ]
