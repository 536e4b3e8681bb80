"""An Azerbaijani count word owned by a genitive noun of cases or of persons, after the act
("ölüm hallarının sayı", the number of cases of death; "itkin düşmüş şəxslərin sayı", of
persons gone missing), names what both counts of a change count, the one it fell or rose
from and the one it reached, words of time between them or not ("enib", fell, as
"azalıb"). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Koloniyalarda ölüm hallarının sayı keçən il doqquzdan bu il dördə enib.",
            [("killed", 9, None), ("killed", 4, None)],
        ),
        (
            "İtkin düşmüş şəxslərin sayı 2.140 nəfərdən 2.095 nəfərə azalıb.",
            [("missing", 2140, None), ("missing", 2095, None)],
        ),
        (
            "Yaralanma hallarının sayı 8-dən 15-ə yüksəlib.",
            [("injured", 8, None), ("injured", 15, None)],
        ),
    ],
)
def test_both_counts_of_a_change_count_the_act(text, expected):
    assert _read(text) == expected


def test_near_miss_a_noun_of_things_owns_no_act():
    # The number of complaints about injuries counts complaints, not the injured: the count
    # it fell to is no count of the act.
    text = "Yaralanma ilə bağlı şikayətlərin sayı 30-dan 12-yə enib."
    assert all(count != 12 for _, count, _ in _read(text))


def test_near_miss_a_part_of_the_ablative_whole_stays_its_part():
    # The possessive of a part, not the dative before a verb of change: 12 of the 30.
    text = "Saxlanılan 30 nəfərdən bu həftə 12-si azad edilib."
    assert _read(text) == [("detained", 30, None), ("released", 12, 0)]
