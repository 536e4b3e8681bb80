"""Azerbaijani "Daha N" opening the sentence after a part told by a fate of its own ("Girovlardan
ikisi ölüb. Daha üç nəfər …") counts more of the same whole with yet another fate, as Russian
«Ещё N» does: a part of the first whole, of its group. Graves counted between stand aside. A
part of the whole's own fate before it ("5 nəfər həlak olub, onlardan 2-si uşaqdır. Daha 12
nəfər yaralanıb") leaves the count others. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_more_of_the_whole_with_another_fate():
    text = (
        "Silahlılar fermada 25 kişini saxlayıb. Saxlanılanlardan 7-si güllələnib. "
        "Daha 5 nəfər naməlum istiqamətə aparılıb, onların taleyi məlum deyil."
    )
    assert _read(text) == [
        ("detained", "men", 25, None),
        ("killed", "men", 7, 0),
        ("disappeared", "men", 5, 0),
    ]


def test_graves_between_stand_aside():
    text = (
        "Silahlılar fermada 25 kişini saxlayıb. Saxlanılanlardan 7-si güllələnib, meyitləri "
        "iki çuxurda basdırılıb. Daha 5 nəfər naməlum istiqamətə aparılıb, onların taleyi "
        "məlum deyil."
    )
    assert ("disappeared", "men", 5, 0) in _read(text)


def test_near_miss_after_a_part_of_the_whole_fate():
    text = "Hücumda 5 nəfər həlak olub, onlardan 2-si uşaqdır. Daha 12 nəfər yaralanıb."
    assert _read(text)[-1] == ("injured", "all", 12, None)
