"""The act a noun names before its object is what befell the persons counted, whatever a
relative clause says they were before it: "the release of 60 men who had been held in the
camp" is 60 released. A list after the clause and its colon spells the figure out.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_act_noun_wins_over_the_relative_clause():
    text = "The mediators secured the release of 60 men who had been held in the camp."
    assert claim_fields(text, "en", FIELDS) == [("released", "men", 60, None)]


def test_a_list_after_the_relative_clause_spells_the_figure_out():
    text = (
        "The mediators secured the release of 60 people who had been held in the camp: "
        "45 men and 15 women."
    )
    assert claim_fields(text, "en", FIELDS) == [
        ("released", "all", 60, None),
        ("released", "men", 45, 0),
        ("released", "women", 15, 0),
    ]


def test_an_active_verb_before_the_count_keeps_the_relative_clause_apart():
    # Near miss: no act noun with "of": the verb's object is what the clause says it was.
    text = "Police questioned 60 people who had been detained in the camp."
    assert claim_fields(text, "en", FIELDS) == [("detained", "all", 60, None)]
