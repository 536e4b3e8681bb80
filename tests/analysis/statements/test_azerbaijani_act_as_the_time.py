"""An Azerbaijani act named with a postposition of time ("deportasiya zamanı", during the
deportation) is when something else befell the persons counted, not their fate: the verb
after the count says it. With no verb after it, the act stays theirs. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_died_during_the_deportation():
    text = "Sürgün zamanı 6 nəfər, o cümlədən üç uşaq, yolda dünyasını dəyişib."
    assert _read(text) == [("killed", "all", 6, None), ("killed", "children", 3, 0)]


def test_beaten_in_the_course_of_the_arrests():
    text = "Həbslər əsnasında 12 nəfər, o cümlədən iki jurnalist, döyülüb."
    assert _read(text) == [("tortured", "all", 12, None), ("tortured", "journalists", 2, 0)]


def test_near_miss_the_act_without_time_is_their_fate():
    text = "Sürgün olunan 6 nəfər, o cümlədən üç uşaq, qonşu kəndə çatıb."
    assert [f[:3] for f in _read(text)] == [("displaced", "all", 6), ("displaced", "children", 3)]
