"""Azerbaijani says a group of all the persons counted with "hamısı" (all of them), "onların
hamısı", or "hər" and their number again ("hər üçü", every one of the three; "hər ikisi",
both): the group is the whole count's subgroup, as "all of them women" is in English. A
number that is not theirs ("5 nəfər … hər ikisi") says nothing of them all. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count"))


def test_every_one_of_the_three():
    text = "Mərmi həyətə düşüb, 3 nəfər həlak olub, onların hər üçü qadındır."
    assert _read(text) == [("killed", "women", 3)]


def test_both_of_them():
    text = "Gecə atəşi nəticəsində 2 nəfər yaralanıb, hər ikisi uşaqdır."
    assert _read(text) == [("injured", "children", 2)]


def test_all_of_them_after_their():
    text = "Aksiyada 6 nəfər saxlanılıb, onların hamısı tələbədir."
    assert _read(text)[0][0::2] == ("detained", 6)


def test_near_miss_a_number_not_theirs():
    text = "Hücumda 5 nəfər həlak olub, onların hər ikisi qadındır."
    assert _read(text) == [("killed", "all", 5)]
