"""«В первой траншее обнаружены останки 12 человек, во второй — 5 человек», «в захоронении
№ 2 — 8 человек»: in a Russian clause left incomplete, the dash after what opens it (a
preposition and its words, no verb, no count) stands for the verb of the clause before; and
«№ 2 — 8» is a numbered place and a count, no range. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_verb_left_out_after_an_ordinal_place():
    text = "В первой траншее обнаружены останки 12 человек, во второй — 5 человек."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 12), ("found_dead", 5)]


def test_a_numbered_place_before_the_dash_is_no_range():
    text = "В камере № 4 избиты 6 задержанных, в камере № 7 — 3 человека."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 6), ("tortured", 3)]


def test_a_dash_after_a_verb_of_its_own_is_no_ellipsis():
    # Near miss: the count after the dash has a verb of its own.
    text = "В первой траншее обнаружены останки 12 человек, во второй — 5 человек опознаны."
    assert ("found_dead", 5) not in claim_fields(text, "ru", FIELDS)
