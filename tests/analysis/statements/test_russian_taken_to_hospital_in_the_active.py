"""Russian «доставили в больницу» ("took to hospital"), the active voice of «доставлены в
больницу», says persons were hurt: said of the hurt counted before, a part of them.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_hurt_taken_to_hospital_are_a_part():
    text = (
        "При взрыве на рынке пострадали 23 человека. Пятерых раненых на вертолёте доставили "
        "в областную больницу."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("injured", "all", 23, None),
        ("injured", "all", 5, 0),
    ]


def test_the_detained_taken_to_a_cell_are_not_hurt():
    """Near miss: «доставили» to a police station takes the detained there."""
    text = "Полиция задержала 23 человека. Пятерых задержанных доставили в отдел полиции."
    assert [c[0] for c in claim_fields(text, "ru", FIELDS)] == ["detained", "detained"]
