"""A line of correction whose colon comes after what it corrects ("Correction to 1/:") corrects
within itself, parts too: a part it restates with another count ("I wrote that four of the
injured were police officers … two are police officers") is wrong there, and so is the same part
an earlier line gave. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count", "qualifier", "parent"))


def test_a_part_corrected_after_correction_to_a_post():
    text = (
        "1/ Medics say 12 people were injured. Four of the injured are police officers.\n"
        "2/ Correction to 1/: I wrote that four of the injured were police officers. The "
        "medics have corrected this: of the 12 injured, two are police officers."
    )
    assert _read(text) == [
        ("injured", "all", 12, "exact", None),
        ("injured", "police officers", 2, "exact", 0),
    ]


def test_near_miss_a_later_part_with_no_correction_stands_beside():
    text = (
        "1/ Medics say 12 people were injured. Four of the injured are police officers.\n"
        "2/ Medics add that of the 12 injured, two are firefighters."
    )
    assert ("injured", "police officers", 4, "exact", 0) in _read(text)
