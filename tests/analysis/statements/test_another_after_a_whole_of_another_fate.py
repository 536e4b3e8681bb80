""" "Another" few («ещё трое») is the rest of a whole only where the counts that join its
parts could have befallen the whole's persons: the hurt, counted after the dead, are no part
of the dead, even when the numbers happen to add up. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_another_after_the_hurt_is_no_rest_of_the_dead():
    # 5 + 17 + 2 = 24: a sum by chance, across the dead and the hurt.
    text = (
        "При взрыве на заводе погибли 24 человека, среди них пятеро подростков. В больницах "
        "находятся 17 пострадавших. Ещё двое числятся пропавшими без вести."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "all", 24, None),
        ("killed", "children", 5, 0),
        ("injured", "all", 17, None),
        ("missing", "all", 2, None),
    ]


def test_another_after_the_fates_of_the_taken_is_their_rest():
    # Near miss: the freed and the found dead befall the abducted; the two complete them.
    text = (
        "Боевики похитили 40 рабочих. 21 освобождены, 17 найдены мёртвыми. Ещё двое "
        "числятся пропавшими без вести."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 40, None),
        ("released", "all", 21, 0),
        ("found_dead", "all", 17, 0),
        ("missing", "all", 2, 0),
    ]
