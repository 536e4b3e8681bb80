"""An Azerbaijani toll named by its noun ("53 ölü", 53 dead) with its parts after "o cümlədən"
(including), then a semicolon and another toll named by its own noun ("150 yaralı"): the
second noun is no verb of the first toll, which stays what its own noun says, as after "və"
(and). A chronology's present tense of letting go ("buraxılır") releases, as the past does.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_dead_with_their_parts_then_the_wounded_after_a_semicolon():
    text = "Hücumun yekunu: 31 ölü, o cümlədən 6 qadın; 90 yaralı."
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "all", 31, None),
        ("killed", "women", 6, 0),
        ("injured", "all", 90, None),
    ]


def test_the_rule_leaves_the_two_previous_lists_alone():
    # Near miss: the dead said with "və" before the wounded is the rule this one extends.
    text = "Hücumun yekunu: 31 ölü, o cümlədən 6 qadın, və 90 yaralı."
    assert claim_fields(text, "az", FIELDS)[0] == ("killed", "all", 31, None)


def test_a_count_of_persons_after_the_semicolon_is_no_toll_of_its_own():
    # Near miss: "7 nəfər" names no act, so the verb after it still reads the list before.
    text = "12 nəfər, o cümlədən 3 qadın; 7 nəfər yaralanıb."
    assert claim_fields(text, "az", FIELDS)[0] == ("injured", "all", 12, None)


def test_let_go_in_the_present_of_a_chronology():
    text = "5 mart — Əsgərlər 12 kişini aparır. 9 mart — Aparılan kişilərdən 5-i buraxılır."
    assert claim_fields(text, "az", FIELDS)[1][0] == "released"


def test_a_thing_launched_in_the_present_is_no_count_of_persons():
    # Near miss: a rocket is launched; no one is released.
    text = "Hər gün 3 raket buraxılır."
    assert claim_fields(text, "az", FIELDS) == []
