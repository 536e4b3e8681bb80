"""Azerbaijani: a list of groups after a heading naming those just counted by a participle
made a noun ("Qeydiyyata alınanların tərkibi:", "Saxlanılanlardan:") counts some of that
count, in its category (a register of refugees gives those listed their fate). A heading
naming another act stands alone. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_groups_listed_under_the_registered_take_their_fate():
    text = (
        "Ay ərzində sərhəd məntəqəsində 2.640 nəfər qaçqın kimi qeydiyyata alınıb.\n\n"
        "Qeydiyyata alınanların tərkibi:\n- qadınlar: 1.120\n- uşaqlar: 930"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("displaced", "women", 1120, 0) in claims
    assert ("displaced", "children", 930, 0) in claims


def test_groups_listed_under_the_detained_are_of_them():
    text = "Şəhərdə 310 nəfər saxlanılıb. Saxlanılanlardan: qadınlar — 24, uşaqlar — 9."
    claims = claim_fields(text, "az", FIELDS)
    assert ("detained", "women", 24, 0) in claims


def test_a_heading_of_another_act_stands_alone():
    # Near miss: the wounded are none of the refugees registered before.
    text = (
        "Ay ərzində sərhəd məntəqəsində 2.640 nəfər qaçqın kimi qeydiyyata alınıb.\n\n"
        "Yaralananların tərkibi:\n- qadınlar: 14\n- uşaqlar: 9"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("displaced", "women", 14, 0) not in claims
    assert not any(parent == 0 for *_, parent in claims[1:])


def test_a_group_named_by_an_age_before_its_persons_noun():
    # "60 yaşdan yuxarı şəxslər" (persons over 60): the age is a word of the label, and
    # names the elderly; a row with an aside of its own parts keeps its count.
    text = (
        "Ay ərzində sərhəd məntəqəsində 2.640 nəfər qaçqın kimi qeydiyyata alınıb.\n\n"
        "Qeydiyyata alınanların tərkibi:\n- qadınlar: 1.120\n"
        "- uşaqlar: 930 (o cümlədən valideynsiz 41 uşaq)\n- 65 yaşdan yuxarı şəxslər: 212"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("displaced", "children", 930, 0) in claims
    assert ("displaced", "elderly", 212, 0) in claims


def test_an_age_under_the_elderly_names_no_group():
    # Near miss: persons over 30 are no age group of ours.
    text = (
        "Ay ərzində sərhəd məntəqəsində 2.640 nəfər qaçqın kimi qeydiyyata alınıb.\n\n"
        "Qeydiyyata alınanların tərkibi:\n- qadınlar: 1.120\n- 30 yaşdan yuxarı şəxslər: 212"
    )
    claims = claim_fields(text, "az", FIELDS)
    assert not any(subgroup == "elderly" for _, subgroup, *_ in claims)
