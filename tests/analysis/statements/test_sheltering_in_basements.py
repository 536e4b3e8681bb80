"""Persons sheltering in basements or cellars take cover where they live: no displacement;
sheltering in a camp or centre still is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_sheltering_in_cellars_is_no_displacement():
    text = (
        "Some 12,000 people have fled the valley since Monday; dozens of families are "
        "sheltering in cellars in the lower town."
    )
    assert claim_fields(text, "en", ("category", "count")) == [("displaced", 12000)]


def test_near_miss_sheltering_in_a_camp_is_displacement():
    text = "About 2,500 people are sheltering in the transit camp at Mirel."
    assert claim_fields(text, "en", ("category", "count")) == [("displaced", 2500)]
