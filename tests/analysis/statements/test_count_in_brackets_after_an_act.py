"""A bare number alone in brackets right after the words of an act that stand alone, as a
label does ("Casualties so far: dead (61), wounded (203)"), counts the persons the act
befell. After a sentence's verb ("were killed (3)") the bracket holds a note's number, and
after "of those killed" a share's count, which another rule reads. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Casualties so far: dead (61), wounded (203).",
        "Killed (61), injured (203) in the district since Monday.",
        "Deaths (61) and injuries (203) were reported by the clinic.",
        "Toll:\nkilled (61)\ninjured (203)",
    ],
)
def test_the_bracket_counts_the_act_before_it(text):
    assert _read(text) == [("killed", 61), ("injured", 203)]


def test_a_note_after_a_sentences_verb_is_no_count():
    assert _read("Four people were killed (3) in the town.") == [("killed", 4)]
