"""Azerbaijani puts the verb last: a part whose verb stands several words after it
("onlardan 90-ı sənədləri yoxlanıldıqdan sonra axşam buraxılıb") runs to that verb, and the
count after the comma is the next part of the same whole. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_next_part_after_a_far_verb_keeps_the_whole():
    text = (
        "Mitinq zamanı 300 nəfər saxlanılıb. Onlardan 90-ı sənədləri yoxlanıldıqdan sonra "
        "axşam buraxılıb, 25 nəfər barəsində inzibati həbs tətbiq edilib."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("detained", 25, 0)


def test_a_new_sentence_is_no_next_part():
    # Near miss: the next count stands in a sentence of its own.
    text = (
        "Mitinq zamanı 300 nəfər saxlanılıb. Onlardan 90-ı sənədləri yoxlanıldıqdan sonra "
        "axşam buraxılıb. Ertəsi gün başqa bir aksiyada 25 nəfər saxlanılıb."
    )
    assert claim_fields(text, "az", FIELDS)[2] == ("detained", 25, None)
