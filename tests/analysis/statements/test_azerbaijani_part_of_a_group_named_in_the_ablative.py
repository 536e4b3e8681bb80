"""An Azerbaijani part taken from a group named in the ablative plural, with or without the
participle of its act ("yaralanan qadınlardan üçünün"), is some of the earlier part of that
group, not of the whole that part was taken from. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_of_the_wounded_children_after_a_part_told_by_its_act():
    text = (
        "Zəlzələdə 25 nəfər yaralanıb. Yaralananlardan 6-sı uşaqdır; yaralanan uşaqlardan "
        "üçünün ayağı sınıb."
    )
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "all", 25, None),
        ("injured", "children", 6, 0),
        ("injured", "children", 3, 1),
    ]


def test_of_the_wounded_women_when_the_dead_were_broken_down_too():
    text = (
        "Partlayışda 7 nəfər ölüb, 25 nəfər yaralanıb. Ölənlərdən 2-si, yaralananlardan isə "
        "6-sı qadındır; yaralanan qadınlardan üçünün vəziyyəti ağırdır."
    )
    assert claim_fields(text, "az", FIELDS)[4] == ("injured", "women", 3, 3)


def test_near_miss_a_group_with_no_part_of_its_own_stays_in_the_whole():
    # No part of children was counted inside the 25: nothing to move into.
    text = "Zəlzələdə 25 nəfər yaralanıb. Yaralanan uşaqlardan üçünün ayağı sınıb."
    assert claim_fields(text, "az", FIELDS)[-1][3] != 1


def test_near_miss_a_part_larger_than_the_group_stays():
    text = (
        "Zəlzələdə 25 nəfər yaralanıb. Yaralananlardan 2-si uşaqdır; yaralanan uşaqlardan "
        "üçünün ayağı sınıb."
    )
    assert claim_fields(text, "az", FIELDS)[-1][3] != 1
