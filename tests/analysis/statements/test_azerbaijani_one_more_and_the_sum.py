"""Azerbaijani "daha biri" (one more) after a count is one more person with a verb of its own;
and a total said with a word of summing up ("Beləliklə", thus) that the figures just before
it add up to exactly has them as its parts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_one_more_with_a_verb_of_its_own():
    text = "Atışmada 3 nəfər yaralanıb, daha biri gecə xəstəxanada dünyasını dəyişib."
    assert _read(text) == [("injured", "all", 3, None), ("killed", "all", 1, None)]


def test_near_miss_one_more_thing_is_no_person():
    text = "Kəndə 4 mərmi düşüb, daha biri çayın kənarında partlayıb."
    assert _read(text) == []


def test_a_total_summed_up_has_the_figures_before_it_as_parts():
    text = (
        "Zərbə nəticəsində 4 nəfər yerindəcə həlak olub, daha biri yolda ölüb. "
        "Beləliklə, həlak olanların sayı 5-dir."
    )
    assert _read(text) == [
        ("killed", "all", 4, 2),
        ("killed", "all", 1, 2),
        ("killed", "all", 5, None),
    ]


def test_near_miss_a_total_that_does_not_add_up_stands_beside_them():
    text = (
        "Dünən 4 nəfər həlak olub, 2 nəfər isə bu gün ölüb. "
        "Ümumilikdə, ay ərzində həlak olanların sayı 19-dur."
    )
    assert _read(text) == [
        ("killed", "all", 4, None),
        ("killed", "all", 2, None),
        ("killed", "all", 19, None),
    ]
