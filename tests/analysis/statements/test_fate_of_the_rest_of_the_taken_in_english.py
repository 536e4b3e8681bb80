""" "The fate of the remaining N is unknown", said of the rest of persons captured or detained
(the others freed, killed, found), is a disappearance, as Russian's «судьба оставшихся
семерых неизвестна»; the rest of persons only reported missing stays missing. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_rest_of_hostages_whose_fate_is_unknown_disappeared():
    text = (
        "Armed men kidnapped 22 miners on Tuesday. Nine of them were freed two days later; "
        "the fate of the remaining 13 is still unknown."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("captured", 22, None),
        ("released", 9, 0),
        ("disappeared", 13, 0),
    ]


def test_whereabouts_of_the_rest_of_the_captured_disappeared():
    text = (
        "The militia abducted 40 villagers. Thirty were released; "
        "the whereabouts of the remaining ten remain unknown."
    )
    assert claim_fields(text, "en", FIELDS)[-1] == ("disappeared", 10, 0)


def test_near_miss_rest_of_the_missing_stays_missing():
    text = (
        "Families have reported 700 people missing. 250 were found alive; "
        "the fate of the remaining 450 is unknown."
    )
    assert [f[0] for f in claim_fields(text, "en", FIELDS)] == ["missing", "missing"]
