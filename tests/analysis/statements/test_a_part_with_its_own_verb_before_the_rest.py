""" "Of the 412 people detained, 96 were charged and the rest released": a part with a verb of
its own that names no act ends its clause before "and" and a new subject; the verb after it is
that subject's. A verb shared by "and" with no subject of its own stays the part's. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_rest_released_is_not_the_part():
    text = "Of the 230 people arrested at the rally, 58 were fined and the others released."
    assert claim_fields(text, "en", FIELDS) == [("detained", 230, None)]


def test_near_miss_one_subject_two_verbs():
    text = "Of the 230 people arrested at the rally, 58 were beaten and released."
    assert ("detained", 230, None) in claim_fields(text, "en", FIELDS)
    assert any(c[1] == 58 and c[2] == 0 for c in claim_fields(text, "en", FIELDS))
