"""The remains of some of those taken ("Kişilərdən ikisinin meyitini …") are no longer held:
the part does not take its whole's capture, and its own clause says what befell it, though a
comma sets off a place before the verb. A part of the taken released keeps its verb.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_bodies_of_some_of_the_taken_found():
    text = (
        "Silahlılar 12 kişini aparıblar. Kişilərdən ikisinin meyitini bir ay sonra, meşənin "
        "kənarında tapdılar."
    )
    assert _read(text) == [("captured", "men", 12, None), ("found_dead", "men", 2, 0)]


def test_near_miss_some_of_the_taken_released():
    text = "Silahlılar 12 kişini aparıblar. Kişilərdən ikisini bir ay sonra buraxdılar."
    assert _read(text) == [("captured", "men", 12, None), ("released", "men", 2, 0)]
