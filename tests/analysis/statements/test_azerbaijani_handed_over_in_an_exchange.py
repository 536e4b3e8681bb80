"""Persons handed over in an exchange ("təhvil verilib", handed over; "təhvil alınıb", received)
are released, in every tense; remains handed over are found dead. Handed over to the police is
detention, and tons of aid handed over are no persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mübadilə zamanı qarşı tərəfə 14 əsir təhvil verildi.", [("released", 14)]),
        ("Səhər keçid məntəqəsində 9 mülki şəxs təhvil alınıb.", [("released", 9)]),
        ("Qarşı tərəf dünən 6 hərbçimizi bizə təhvil verib.", [("released", 6)]),
        ("Axşam 4 nəfərin nəşi ailələrinə təhvil verilmişdir.", [("found_dead", 4)]),
    ],
)
def test_handed_over_in_an_exchange_is_released(text, expected):
    assert _read(text) == expected


def test_near_miss_handed_to_the_police_is_detention_and_tons_are_no_persons():
    assert _read("Yaxalanan 3 nəfər polisə təhvil verilib.") == [("detained", 3)]
    assert _read("Qırmızı Xaç 25 ton ərzaq təhvil alıb.") == []
