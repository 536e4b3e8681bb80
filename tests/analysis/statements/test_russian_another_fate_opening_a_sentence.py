"""«Ещё N» opening the sentence right after a part told by its own fate goes on with the
fates of that part's whole («Трое похищенных погибли. Ещё пятерых увезли в неизвестном
направлении»: five more of those taken). After a part that is only a group of its whole
(«из них шестеро детей»), «Ещё N» counts others. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_another_fate_after_a_part_told_by_its_fate():
    text = (
        "Вооружённые люди похитили 30 жителей села. Трое похищенных погибли в плену. "
        "Ещё пятерых, по словам родственников, увезли в неизвестном направлении."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", "all", 30, None),
        ("killed", "all", 3, 0),
        ("disappeared", "all", 5, 0),
    ]


def test_another_after_a_group_of_the_whole_counts_others():
    """Near miss: the part before is a group of the whole, no fate of its own."""
    text = (
        "Силовики задержали 40 человек, из них шестеро несовершеннолетних. Ещё 12 получили ранения."
    )
    assert ("injured", "all", 12, None) in claim_fields(text, "ru", FIELDS)
