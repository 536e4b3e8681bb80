"""Azerbaijani civilians set against servicemen: "dinc" (peaceful: "dinc sakinlər", "dinc
əhali") names civilians as "mülki" does, and none of the act said of the civilians before
"arasında" ("dinc əhali arasında itki yoxdur") is none of the civilians, whether or not the
statement counts servicemen. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_no_losses_among_the_peaceful_population_beside_servicemen():
    text = "Gecə baş verən atışmada 5 hərbçimiz həlak olub. Dinc əhali arasında itki yoxdur."
    assert claim_fields(text, "az", FIELDS) == [
        ("killed", "servicemen", 5),
        ("killed", "civilians", 0),
    ]


def test_none_dead_among_civilians_after_a_particle():
    text = "Hücum zamanı 3 hərbçi öldürülüb, mülki şəxslər arasında isə ölən olmayıb."
    assert claim_fields(text, "az", FIELDS)[1] == ("killed", "civilians", 0)


def test_peaceful_residents_as_a_part_beside_servicemen():
    text = "Dünən 90 nəfər azad edilib, onlardan 70-i hərbçi, 20-si isə dinc sakindir."
    assert claim_fields(text, "az", FIELDS) == [
        ("released", "all", 90),
        ("released", "servicemen", 70),
        ("released", "civilians", 20),
    ]


def test_none_among_civilians_with_no_servicemen_counted_is_of_the_civilians():
    text = "Kəndə endirilən zərbə nəticəsində dinc əhali arasında itki yoxdur."
    assert claim_fields(text, "az", FIELDS) == [("killed", "civilians", 0)]


def test_none_among_another_group_is_not_of_civilians():
    # Near miss: "arasında" after a group that is not the civilians.
    text = "Döyüşdə 4 hərbçi yaralanıb. Həkimlər arasında yaralanan yoxdur."
    assert ("injured", "civilians", 0) not in claim_fields(text, "az", FIELDS)
