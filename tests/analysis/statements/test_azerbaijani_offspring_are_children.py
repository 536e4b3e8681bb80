"""Azerbaijani: a family's offspring counted ("ailələrin 412 övladı") are children, as
"uşaqları" are. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_the_offspring_of_displaced_families_are_children():
    text = "Dağ kəndlərindən köçürülmüş ailələrin 412 övladı məktəblərə qəbul edilib."
    assert claim_fields(text, "az", ("category", "subgroup", "count")) == [
        ("displaced", "children", 412)
    ]
