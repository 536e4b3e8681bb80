"""Russian: a count named by an adjective or participle of a fate standing as its noun («12
тяжелораненых», «5 погибших») keeps that fate to itself; the count joined before it by «и»
does not share it, as it shares a predicate («трое детей и 12 взрослых ранены»). Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_wounded_named_so_lend_no_fate_to_the_count_before():
    text = "Из плена вернулись 60 человек. Среди них — 14 медиков и 9 тяжелораненых."
    claims = claim_fields(text, "ru", FIELDS)
    assert ("injured", 14, 0) not in claims
    assert ("injured", 9, 0) in claims


def test_a_predicate_after_the_last_count_is_shared():
    # Near miss: the short participle is said of both counts.
    text = "Пострадали 40 человек. Среди них трое детей и 12 взрослых ранены тяжело."
    claims = claim_fields(text, "ru", ("category", "subgroup", "count"))
    assert ("injured", "children", 3) in claims
