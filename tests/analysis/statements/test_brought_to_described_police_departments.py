"""«доставлены в территориальные отделы 642 человека»: brought to the police's departments,
described by an adjective, with the verb first, is being detained; a hospital's department
(«отделение») is not. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def test_brought_to_described_departments_are_detained():
    assert claim_fields(
        "После акции доставлены в районные отделы 120 человек, из них 14 несовершеннолетних.",
        "ru",
    ) == [
        ("detained", "all", 120, None, None, "exact", None),
        ("detained", "children", 14, None, None, "exact", 0),
    ]


def test_brought_to_a_hospital_department_are_not_detained():
    assert claim_fields("После взрыва доставлены в хирургическое отделение 12 раненых.", "ru") == [
        ("injured", "all", 12, None, None, "exact", None),
    ]
