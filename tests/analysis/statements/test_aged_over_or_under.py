"""A limit after "aged" gives the age group of persons counted as "over" alone does: "1,200
persons aged over 65" are the elderly, "40 children aged under 14" children. "Aged" with a
span or a limit too low for a group ("aged over 30") leaves the count's group as it was.
Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_persons_aged_over_sixty_five_are_the_elderly():
    text = (
        "By March, 5,400 displaced people had been registered, including 820 persons aged over 65."
    )
    assert claim_fields(text, "en", FIELDS)[1] == ("displaced", "elderly", 820, 0)


def test_persons_aged_under_sixteen_are_children():
    text = "Police detained 90 protesters, among them 11 persons aged under 16."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "children", 11, 0)


def test_near_miss_aged_over_thirty_is_no_group():
    text = "Police detained 90 protesters, among them 11 persons aged over 30."
    assert claim_fields(text, "en", FIELDS)[1] == ("detained", "all", 11, 0)
