"""Azerbaijani "tutul-" in the passive is an arrest ("62 nəfər tutulub", "tutulanların 7-si
qadındır"); after a noun in the dative or locative it says another thing, fired upon ("kənd
atəşə tutulub"), intended ("üçün nəzərdə tutulub"), and takes no count. Thrown into prison
("zindana atılıb", "dəmir barmaqlıqlar arxasına salınıb") is an arrest too. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_caught_in_the_perfect():
    assert _read("Keçən ay ərzində şəhərdə 48 nəfər tutulmuşdur.") == [
        ("detained", "all", 48, None)
    ]


def test_caught_by_a_range_of_words():
    assert _read("Aksiyadan sonra iyirmi-otuz nəfər tutulub.")[0][:3] == ("detained", "all", None)


def test_a_part_of_those_caught():
    assert _read("Mitinqdə tutulan 35 nəfərdən 9-u sərbəst buraxılıb.") == [
        ("detained", "all", 35, None),
        ("released", "all", 9, 0),
    ]


def test_near_miss_fired_upon_takes_no_count():
    assert _read("Gecə ərzində 14 kənd atəşə tutulub, 2 nəfər yaralanıb.") == [
        ("injured", "all", 2, None)
    ]


def test_near_miss_fired_upon_before_the_deaths():
    assert _read("Qəsəbənin artilleriya atəşinə tutulması nəticəsində 6 sakin həlak olub.") == [
        ("killed", "all", 6, None)
    ]


def test_near_miss_a_capacity_intended():
    assert _read("Sığınacaq 500 nəfər üçün nəzərdə tutulub.") == []


def test_thrown_into_prison():
    assert _read("O gecə kənddən 25 nəfər zindana atılıb.") == [("detained", "all", 25, None)]


def test_put_behind_bars():
    assert _read("Ötən il 8 bloger dəmir barmaqlıqlar arxasına salınıb.") == [
        ("detained", "all", 8, None)
    ]


def test_near_miss_shells_thrown_at_a_prison():
    assert _read("Həbsxananın həyətinə 4 mərmi atılıb.") == []
