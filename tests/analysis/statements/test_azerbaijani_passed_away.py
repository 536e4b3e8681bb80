"""Azerbaijani "keçinib" (passed away) is a death, as "dünyasını dəyişib" is. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_passed_away_in_hospital() -> None:
    text = "Qəzada 4 nəfər yerindəcə ölüb, daha 2 nəfər xəstəxanada keçinib."
    assert claim_fields(text, "az", ("category", "count")) == [("killed", 4), ("killed", 2)]


def test_near_miss_crossed_is_no_death() -> None:
    text = "Gecə 30 nəfər çayı keçib qonşu kəndə çatıb."
    assert [c for c in claim_fields(text, "az", ("category", "count")) if c[0] == "killed"] == []
