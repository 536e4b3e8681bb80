""" "More than 9,000 remain in Israeli jails": persons who remain in prison or jail are held,
as those who remain in custody are. A term served there ("sentenced to ten years in
prison") or a death there ("died in prison") is no holding. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier", "parent"))


def test_remain_in_jails():
    text = "The group said 31 were freed and that about 700 remain in military jails."
    assert _read(text) == [("released", 31, "exact", None), ("detained", 700, "about", None)]


def test_a_part_remained_in_prison():
    text = "Of the 85 arrested in March, 19 remained in prison in June."
    assert _read(text) == [("detained", 85, "exact", None), ("detained", 19, "exact", 0)]


def test_near_miss_a_term_in_prison():
    text = "The court sentenced 9 bloggers to three years in prison each."
    assert _read(text) == []
