"""A post of a thread opens its line with its place in the thread and the thread's length,
glued by a slash ("2/3 Kənd məktəbi tam yanıb", "3/4 The clinic burned down"): neither number
counts anything. A fraction at the start of a line ("2/3 of the …", lower case after it)
is no such number. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "count"))


def test_azerbaijani_thread():
    text = "1/3 Gecə kəndə mərmilər düşüb.\n\n2/3 Kənd məktəbi tam yanıb.\n\n3/3 Kömək gözləyirik."
    assert _read(text, "az") == []


def test_english_thread():
    text = "1/4 We reached the village at dawn.\n\n4/4 The clinic burned down overnight."
    assert all(count != 4 for _, count in _read(text, "en"))


def test_near_miss_a_fraction_opening_a_line():
    text = "Findings.\n2/3 of the 90 detainees were beaten."
    assert ("detained", 90) in _read(text, "en")


def test_a_posts_place_alone_counts_nothing():
    # Written here: a thread pasted into one paragraph, each post opened by "N/".
    text = "1/ Guards detained 40 students at the gate. 2/ Among them are 6 girls."
    assert _read(text, "en") == [("detained", 40), ("detained", 6)]


def test_a_slash_inside_a_sentence_is_no_post():
    assert ("detained", 90) in _read("Of the 90 detainees, 2/3 were beaten.", "en")
