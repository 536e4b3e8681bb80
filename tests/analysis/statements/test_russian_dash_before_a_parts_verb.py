"""Russian «из них 20 — отпущены»: in a list of parts a dash right after a count sets off the
count's own verb (a finite verb or the short participle of the passive), which says what
befell that part. A dash before a noun («12 — дети») or a label's dash before its count
(«погибших — 8») are read as before. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_verb_past_the_dash_is_the_parts():
    text = "Задержаны 64 человека, из них 25 — отпущены."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 64, None),
        ("released", "all", 25, 0),
    ]


def test_a_noun_past_the_dash_names_who_they_are():
    """Near miss: past the dash a noun, not a verb: the part keeps its whole's fate."""
    text = "Задержаны 64 человека, из них 25 — студенты."
    assert claim_fields(text, "ru", FIELDS)[0] == ("detained", "all", 64, None)
    assert ("released", "all", 25, 0) not in claim_fields(text, "ru", FIELDS)


def test_a_labels_dash_keeps_its_count():
    """Near miss: «погибших — 8»: the dash of a label, its count after it."""
    assert claim_fields("Погибших — 8, раненых — 15.", "ru", FIELDS) == [
        ("killed", "all", 8, None),
        ("injured", "all", 15, None),
    ]


def test_a_part_fined_past_the_dash_is_no_figure():
    """A fine is a verb of no act: «из них 12 — оштрафованы» is a part with a predicate of its
    own, no figure (as «12 из них оштрафованы» was), not the whole's detention again."""
    assert claim_fields("Задержаны 40 человек, из них 12 — оштрафованы.", "ru", FIELDS) == [
        ("detained", "all", 40, None)
    ]
