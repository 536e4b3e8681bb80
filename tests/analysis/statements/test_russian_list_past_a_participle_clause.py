"""A Russian participle clause between commas after a count («17 пленных, находившихся в
лагере, и 5 журналистов») says who the counted were; the next count joined by «и» still
shares the verb of the first, not the participle of its own clause after it. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_the_next_count_shares_the_verb_past_the_clause():
    text = (
        "Домой вернулись 17 пленных, находившихся в лагере под Вязьмой, и 5 журналистов, "
        "удерживавшихся в подвале."
    )
    assert claim_fields(text, "ru", FIELDS) == [("released", 17), ("released", 5)]


def test_a_count_in_a_clause_of_its_own_keeps_its_verb():
    # Near miss: a new clause with its own verb after the comma.
    text = "Домой вернулись 17 пленных, а 5 журналистов задержаны."
    assert claim_fields(text, "ru", FIELDS) == [("released", 17), ("detained", 5)]
