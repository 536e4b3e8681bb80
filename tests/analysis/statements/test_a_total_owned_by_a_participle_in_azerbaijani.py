"""An Azerbaijani total owned by persons a participle names ("minaya düşənlərin ümumi sayı",
the total of those who stepped on mines; "müraciət edənlərin ümumi sayı", of those who
applied) counts those persons, as the same words without "ümumi" (total) do: it restates no
figure before it. A participle of a known act before "ümumi sayı" still names the act.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_a_total_of_victims_split_into_the_dead_and_the_hurt_is_no_figure():
    text = (
        "Oktyabrda 3 nəfər həlak olub, 5 nəfər yaralanıb. 2019-cu ildən bəri minaya "
        "düşənlərin ümumi sayı 250 nəfərdir: onlardan 40-ı həlak olub, 210-u yaralanıb."
    )
    assert _read(text) == [
        ("killed", 3, None),
        ("injured", 5, None),
        ("killed", 40, None),
        ("injured", 210, None),
    ]


def test_a_total_of_those_who_applied_restates_no_toll():
    text = "Dünən 4 nəfər yaralanıb. Müraciət edənlərin ümumi sayı 60 nəfərdir."
    assert _read(text) == [("injured", 4, None)]


def test_a_total_named_by_a_known_act_keeps_it():
    text = "Mübadilə ilə 12 hərbçi azad edilib. Beləliklə, azad edilənlərin ümumi sayı 300 nəfərə çatıb."
    assert _read(text) == [("released", 12, None), ("released", 300, None)]


def test_near_miss_their_total_restates_the_figure_before():
    # "Onların" (their) is a pronoun: the total is the count of the persons just counted.
    text = "Dünən 4 nəfər yaralanıb. Onların ümumi sayı 60 nəfərdir."
    assert [category for category, _, _ in _read(text)] == ["injured", "injured"]
