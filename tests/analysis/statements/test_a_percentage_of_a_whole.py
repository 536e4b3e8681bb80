""" "70 percent of the 3,400 detainees said they were beaten": the act is the percentage's,
a share with no number of persons; the whole after "of the" takes no verb from it, as after
"half of the" or "most of the". Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_percent_of_the_whole():
    text = "Nearly 60 percent of the 1,200 prisoners surveyed said guards had beaten them."
    assert _read(text) == []


def test_per_cent_and_the_sign():
    # The detainees are still held, as "half of the 300 detainees" are: only not tortured.
    assert _read("Some 45 per cent of the 800 detainees were tortured.") == [("detained", 800)]
    assert _read("About 45% of the 800 detainees were tortured.") == [("detained", 800)]


def test_near_miss_a_percentage_beside_a_count():
    text = "Prices rose by 30 percent as 2,500 people were displaced from the valley."
    assert _read(text) == [("displaced", 2500)]
