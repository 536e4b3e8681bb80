"""Russian «Среди поступивших — 3 фельдшера, пострадавшие …» after other counts: a part whose
own act befalls only persons is a part of the persons counted before, whatever counts stand
between (the hours, the beds of a ward). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_hurt_among_the_admitted_past_a_count_of_beds():
    text = (
        "В больницу поступили 40 человек. Из 6 коек реанимации заняты все. "
        "Среди поступивших — 2 фельдшера, пострадавшие при втором ударе."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("injured", "medical workers", 2, 0)


def test_a_part_of_no_fate_past_a_count_of_things_has_no_whole():
    """Near miss: a part with no act of persons after things counted is nothing's part."""
    text = "Погибли 20 человек. В районе 4 школы. Среди них 3 открылись."
    assert all(c[3] is None for c in claim_fields(text, "ru", FIELDS))
