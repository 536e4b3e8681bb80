"""English groups of persons named by a noun the lexicon does not know, made by a person
suffix ("activists", "electricians", "employees", "linesmen"), or by "-ers" inside a breakdown
of persons already counted ("among them 4 firefighters"). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "subgroup", "count"))


def test_a_person_suffix_names_the_group():
    assert figures("Security forces detained 14 electricians and 6 activists on Tuesday.") == [
        ("detained", "electricians", 14),
        ("detained", "activists", 6),
    ]


def test_a_noun_before_the_head_stays_in_the_label():
    assert figures("Police detained 9 bank employees outside the branch.") == [
        ("detained", "bank employees", 9),
    ]


def test_an_agent_plural_in_a_breakdown_names_the_part():
    assert figures("Twenty people were injured, among them 4 firefighters.") == [
        ("injured", "all", 20),
        ("injured", "firefighters", 4),
    ]


def test_a_nationality_is_no_group():
    assert figures("Police detained 12 Armenians at the border.") == [("detained", "all", 12)]


def test_an_agent_plural_outside_a_breakdown_is_no_group():
    # "-ers" alone ends things as often as persons: no label without a breakdown.
    assert figures("Police detained 52 dockworkers at the gate.") == [("detained", "all", 52)]


def test_things_that_end_as_persons_are_no_group():
    assert figures("Guards beat 14 detainees and planted 30 trees over their graves.") == [
        ("tortured", "all", 14),
    ]


def test_fighters_of_an_armed_group_are_a_group():
    assert figures("The army said it had killed 35 rebel fighters near the dam.") == [
        ("killed", "fighters", 35),
    ]


def test_fighter_jets_are_no_group():
    assert figures("Two fighter jets struck the depot, killing 5 guards.") == [
        ("killed", "all", 5),
    ]
