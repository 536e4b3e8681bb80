"""Azerbaijani "digər" (other) before a part with its possessive ending ("digər 25-inin", "digər
ikisi") is the other N of them: the rest of the whole counted before, as "qalan" is. Before a
bare count ("digər 12 nəfər") it adds other persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("count", "parent"))


def test_the_other_of_the_hostages():
    text = "Zindanda saxlanılan 40 girovdan 15-i azad edilib, digər 25-inin taleyi məlum deyil."
    assert _read(text) == [(40, None), (15, 0), (25, 0)]


def test_the_other_two_in_words():
    text = "40 girovdan 15-i azad edilib, digər ikisinin taleyi məlum deyil."
    assert _read(text) == [(40, None), (15, 0), (2, 0)]


def test_near_miss_other_persons_with_a_bare_count():
    assert _read("Polis 30 nəfəri saxlayıb, digər 12 nəfər yaralanıb.") == [(30, None), (12, None)]
