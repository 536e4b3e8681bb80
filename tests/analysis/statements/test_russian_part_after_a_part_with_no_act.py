"""A Russian part whose own predicate names no act («местонахождение 41 из них установлено»,
«трое из них найдены живыми») still opens a list: a bare number after the comma, with an act
of its own, is another part of the same whole. A count with a noun of its own names others.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_a_part_after_persons_whose_whereabouts_were_established():
    text = (
        "В полицию поступили заявления об исчезновении 36 человек. Местонахождение 30 из "
        "них установлено, трое обнаружены мёртвыми."
    )
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", 36, None), ("found_dead", 3, 0)]


def test_a_part_after_persons_found_alive():
    text = "Боевики похитили 12 человек. Пятеро из них найдены живыми, двое погибли."
    assert claim_fields(text, "ru", FIELDS) == [("captured", 12, None), ("killed", 2, 0)]


def test_a_count_with_a_noun_of_its_own_names_others():
    """Near miss: «два спасателя» are not of those taken."""
    text = "Боевики похитили 12 человек. Пятеро из них найдены живыми, два спасателя погибли."
    assert ("killed", 2, None) in claim_fields(text, "ru", FIELDS)
