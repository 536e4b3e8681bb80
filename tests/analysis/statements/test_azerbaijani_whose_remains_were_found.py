"""A relative clause before the persons counted says what befell them: "qalıqları tapılan 34
nəfər" (the 34 whose remains were found) are found dead, as "34 nəfərin qalıqları tapılıb" are.
A clause of remains not found ("tapılmayan") claims nothing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "parent"))


def test_whose_remains_were_found_with_a_part():
    text = "Çay sahilində qalıqları tapılan 27 nəfərdən 9-u qadındır."
    assert _read(text) == [("found_dead", "all", 27, None), ("found_dead", "women", 9, 0)]


def test_whose_bodies_were_found():
    text = "Cəsədləri tapılmış 15 nəfərin ailələrinə məlumat verilib."
    assert _read(text)[0] == ("found_dead", "all", 15, None)


def test_near_miss_remains_not_yet_found_claim_nothing():
    assert _read("Qalıqları hələ tapılmayan 27 nəfərdən 9-u qadındır.") == []


def test_near_miss_the_verb_after_the_persons_tells_the_figure():
    text = "Bu il qalıqları tapılmış 210 nəfərin şəxsiyyəti müəyyən edilib."
    assert _read(text) == [("identified", "all", 210, None)]
