"""Russian persons said to have been counted twice («двое раненых были учтены дважды») explain
why a figure went down: no figure of their own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_persons_counted_twice_are_no_figure():
    text = "По данным больницы, ранены 17 человек — двое раненых были учтены дважды."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 17, None)]


def test_a_body_counted_twice_is_no_figure():
    text = "По данным прокуратуры, погибли девять человек — одно тело было учтено дважды."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 9, None)]


def test_persons_counted_in_a_second_register_stand():
    """Near miss: counted in a second register, not twice."""
    text = "Погибли девять человек, ещё двое раненых были учтены в больнице."
    assert ("injured", 2, None) in claim_fields(text, "ru", FIELDS)
