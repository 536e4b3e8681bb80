"""Russian traces of torture found with an active verb («у 35 тел эксперты обнаружили следы
пыток»): the verb's object is the traces, not the bodies, so the count is of the tortured,
as with the passive («на 35 телах обнаружены следы пыток»). Bodies that are the object of
the verb are still found dead. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


def test_traces_found_on_bodies_by_experts_say_torture():
    text = "У 16 тел судмедэксперты обнаружили следы пыток."
    assert _read(text) == [("tortured", 16)]


def test_traces_detected_with_another_active_verb():
    text = "На телах 9 погибших врачи выявили следы пыток."
    assert ("tortured", 9) in _read(text)


def test_near_miss_bodies_found_by_an_active_verb_are_found_dead():
    text = "В лесополосе поисковики обнаружили 16 тел."
    assert _read(text) == [("found_dead", 16)]
