"""Azerbaijani says the verb of finding once for two parts: "61-i sağ, 9-u ölü tapılıb" (61
were found alive, 9 dead). The part found alive is no figure, as "61-i sağ tapılıb" is not;
the part found dead is. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_part_found_alive_is_no_figure():
    text = "İtkin düşmüş 40 nəfərdən 33-ü sağ, 5-i ölü tapılıb."
    assert claim_fields(text, "az", FIELDS) == [
        ("missing", 40, None),
        ("found_dead", 5, 0),
    ]


def test_near_miss_the_part_found_alive_said_last_with_its_verb():
    text = "İtkin düşmüş 40 nəfərdən 5-i ölü, 33-ü sağ tapılıb."
    assert [f[1] for f in claim_fields(text, "az", FIELDS)] == [40, 5]
