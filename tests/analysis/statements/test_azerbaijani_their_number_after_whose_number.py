"""Azerbaijani "onların sayı" (their number) after a count word its sentence gave with no
number ("Köçkünlərin sayı artıb: yanvarda onların sayı 12.000 idi") counts the persons that
count word named, by a noun of their act ("köçkün", displaced) or by the participle of their
fate ("saxlanılanların"), not the figure told last before the sentence. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_their_number_counts_the_displaced_named_before_it():
    text = "Siyahıda 500 itkin var.\n\nİl ərzində köçkünlərin sayı artıb: yanvarda onların sayı 12.000 idi."
    assert _read(text) == [("missing", 500, None), ("displaced", 12000, None)]


def test_their_number_counts_the_detained_named_by_a_participle():
    text = "Dünən 3 nəfər yaralanıb. Saxlanılanların sayı azalıb: martda onların sayı 40 idi."
    assert _read(text) == [("injured", 3, None), ("detained", 40, None)]


def test_near_miss_their_number_with_no_group_named_restates_the_figure_before():
    text = "Dünən 4 nəfər yaralanıb. Onların sayı 60 nəfərdir."
    assert _read(text) == [("injured", 4, None), ("injured", 60, None)]
