"""Azerbaijani: those a register counted, named again by the participle of registering in the
ablative ("Qeydiyyata alınanlardan 320 nəfər …", of those registered), are the whole the part
is taken from, whatever fate the register gave them; a count after another act is not."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_those_registered_is_of_the_registered_refugees():
    text = (
        "Sərhəd məntəqəsində 1.836 nəfər qaçqın kimi qeydiyyata alınıb. Gecə 40 nəfər "
        "yaralanıb. Qeydiyyata alınanlardan 420 nəfər çadır düşərgəsində yerləşdirilib."
    )
    assert ("displaced", "all", 420, 0) in claim_fields(text, "az", FIELDS)


def test_a_part_of_the_wounded_stays_with_the_wounded():
    # Near miss: "Yaralananlardan" names the wounded, not the registered counted first.
    text = (
        "Sərhəd məntəqəsində 1.836 nəfər qaçqın kimi qeydiyyata alınıb. Gecə 40 nəfər "
        "yaralanıb. Yaralananlardan 12 nəfər xəstəxanaya yerləşdirilib."
    )
    claims = claim_fields(text, "az", FIELDS)
    assert ("injured", "all", 12, 1) in claims
