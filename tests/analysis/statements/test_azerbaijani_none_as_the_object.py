"""Azerbaijani says none as the object of an active verb with the accusative "heç birini"
(not one of them) or "heç kimi" (no one), and the verb in the negative ("azad etməyiblər",
"buraxmayıb"): a count of none, as "heç biri buraxılmayıb" is in the passive. A whole in the
genitive before it ("12 girovun heç birini") ends where the word of none begins. The genitive
"heç birinin" is no none: "heç birinin taleyi məlum deyil" says the fate of all is unknown.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_none_of_them_not_set_free():
    text = "Silahlılar əsirlərin heç birini azad etməyiblər."
    assert _read(text) == [("released", 0, None)]


def test_no_one_let_go():
    text = "Dəstə heç kimi buraxmayıb."
    assert _read(text) == [("released", 0, None)]


def test_none_of_a_counted_whole_in_the_genitive():
    text = "Oğurlanan 9 nəfərin heç birini azad etmədilər."
    assert _read(text) == [("captured", 9, None), ("released", 0, 0)]


def test_near_miss_the_genitive_is_the_fate_of_all():
    text = "Əsirlərin heç birinin taleyi barədə məlumat yoxdur."
    assert ("released", 0, None) not in _read(text)
    assert all(count != 0 for _, count, _ in _read(text))


def test_near_miss_a_call_to_set_free_is_no_release():
    text = "Nazirlik 7 girovu azad etməyə çağırıb."
    assert _read(text) == [("captured", 7, None)]
