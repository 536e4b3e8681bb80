"""Azerbaijani "Yaralılar arasında yanğını söndürən 2 həkim də var": the persons a part is
among, named by their fate at the head of the clause, are the latest figure of that fate, even
with words describing the part between "arasında" and its count. Not across a clause break,
not where no figure of that fate was counted, nor where the part would not fit. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_HURT = "Partlayışda 30 nəfər yaralanıb. "


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_among_the_wounded_with_words_between():
    text = _HURT + "Yaralılar arasında yanğını söndürən 2 həkim də var."
    assert _read(text) == [("injured", 30, None), ("injured", 2, 0)]


def test_among_those_hurt_named_by_two_words():
    text = _HURT + "Xəsarət alanlar arasında ilk gələn yardım briqadasının 3 həkimi də var."
    assert _read(text) == [("injured", 30, None), ("injured", 3, 0)]


def test_near_miss_another_fate_counted_nowhere():
    text = _HURT + "Saxlanılanlar arasında yanğını söndürən 2 həkim də var."
    assert _read(text)[-1] == ("detained", 2, None)


def test_near_miss_more_than_the_whole():
    text = _HURT + "Yaralılar arasında yanğını söndürən 40 həkim də var."
    assert _read(text)[-1] == ("injured", 40, None)
