"""The Azerbaijani whole of a fraction is counted with its act even where a word of how
near the fraction is stands between ("64 məhbusun təxminən yarısı" — the 64 are detained,
not tortured), or its act is the participle before it ("Saxlanılan 64 nəfərin yarıdan
çoxu döyülüb": 64 detained); a fraction's own verb is never the whole's. Sentences written
here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("52 məhbusun təxminən yarısı işgəncəyə məruz qaldığını bildirib.", [("detained", 52)]),
        ("52 məhbusun ən azı yarısı döyülüb.", [("detained", 52)]),
        ("Saxlanılan 52 nəfərin yarıdan çoxu döyülüb.", [("detained", 52)]),
        ("Yaralanan 30 nəfərin yarısı xəstəxanadan evə buraxılıb.", [("injured", 30)]),
    ],
)
def test_whole_of_a_fraction(text: str, expected: list[tuple]) -> None:
    assert claim_fields(text, "az", ("category", "count")) == expected


def test_near_miss_a_part_with_its_own_count() -> None:
    text = "Saxlanılan 52 nəfərdən 7-si döyülüb."
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("detained", 52, None),
        ("tortured", 7, 0),
    ]
