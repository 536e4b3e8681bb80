"""Persons named by their initials between dashes after a count («Трое из задержанных — К.
и Л. — …», "two of them — J. and M. — …"): the initials' stops end no sentence, and the verb
after the closing dash is the count's. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_verb_after_initials_between_dashes_is_the_counts():
    text = "В изоляторе содержались 50 человек. Трое из них — К., Л. и М. — умерли от побоев."
    assert ("killed", "all", 3, 0) in claim_fields(text, "ru", FIELDS)


def test_near_miss_an_initial_with_no_closing_dash_ends_no_aside():
    text = "В изоляторе содержались 50 человек. Трое из них — К. Он умер от побоев."
    assert not any(c[0] == "killed" for c in claim_fields(text, "ru", FIELDS))
