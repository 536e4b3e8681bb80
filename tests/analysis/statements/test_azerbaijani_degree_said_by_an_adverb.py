"""Azerbaijani says how badly persons were hurt by an adverb before the word of the wound
("ağır yaralı 4 nəfər", "2 nəfər yüngül yaralanıb"): such a count, with no whole of its own,
is a part of the wounded counted just before, as "4 nəfər xəstəxanaya yerləşdirilib" is. Three
more ("Daha 3 nəfər ağır yaralanıb") are others, and a count of the hurt with no wounded
before it is a figure of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_badly_wounded_named_before_their_count():
    text = (
        "Bombardman nəticəsində 11 nəfər yaralanıb. Ağır yaralı 5 nəfər helikopterlə "
        "paytaxta aparılıb."
    )
    assert _read(text) == [("injured", 11, None), ("injured", 5, 0)]


def test_lightly_wounded_after_their_count():
    text = "Partlayış zamanı 7 nəfər yaralanıb, 2 nəfər yüngül yaralanıb və evə buraxılıb."
    assert _read(text)[:2] == [("injured", 7, None), ("injured", 2, 0)]


def test_near_miss_three_more_badly_wounded():
    text = "Partlayış zamanı 7 nəfər yaralanıb. Daha 3 nəfər ağır yaralanıb."
    assert _read(text) == [("injured", 7, None), ("injured", 3, None)]


def test_near_miss_badly_wounded_after_the_dead():
    text = "Partlayış zamanı 4 nəfər həlak olub. 2 nəfər ağır yaralanıb."
    assert _read(text) == [("killed", 4, None), ("injured", 2, None)]
