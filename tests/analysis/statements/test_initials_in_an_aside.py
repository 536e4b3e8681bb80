"""An aside between commas that names the person counted may hold an initial with its full
stop (", R. Həsənov,", ", T. Brown,"): it does not end the sentence, and the verb after the
aside is the count's. A full stop after a word of more letters still ends it. Dying of one wound ("aldığı yarasından dünyasını dəyişib") is a death, not a
wound. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_an_initial_in_the_aside():
    assert _read("Saxlanılanlardan biri, R. Həsənov, dünyasını dəyişib.", "az") == [("killed", 1)]
    assert _read("One of the detainees, T. Brown, died in custody.", "en") == [("killed", 1)]


def test_near_miss_a_full_stop_after_a_word_ends_the_sentence():
    text = "Saxlanılanlardan biri, Rauf. Həsənov dünyasını dəyişib."
    assert _read(text, "az") == []


def test_died_of_his_wound():
    text = "Yaralılardan biri iki gün sonra aldığı qəlpə yarasından dünyasını dəyişib."
    assert _read(text, "az") == [("killed", 1)]


def test_near_miss_a_wound_received_is_a_wound():
    assert _read("Atışmada 6 nəfər qəlpə yarası alıb.", "az") == [("injured", 6)]
