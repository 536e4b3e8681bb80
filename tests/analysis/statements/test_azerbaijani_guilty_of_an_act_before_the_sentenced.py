"""Azerbaijani persons found guilty of an act, said in a participle before them ("… işgəncə
verməkdə təqsirli bilinən doqquz mühafizəçiyə hökm oxuyub"), are the accused, not its
victims, whatever case they stand in and whatever verb ends the sentence. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


def test_the_sentenced_in_the_dative():
    text = "Məhkəmə 25 saxlanılana işgəncə verməkdə təqsirli bilinən altı polisə hökm oxuyub."
    assert _read(text) == [("tortured", 25)]


def test_near_miss_victims_after_a_participle_of_the_act():
    text = "Məhkəmə işgəncəyə məruz qalan altı nəfərə təzminat ödənilməsi barədə qərar verib."
    assert _read(text) == [("tortured", 6)]
