"""A part after "of the minors," or "among the women," is of the latest figure of that group,
even one that is a part itself, not of the whole counted last. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "subgroup", "count", "parent")


def test_a_part_of_the_group_it_names_is_of_that_figure():
    text = (
        "Police detained 850 people at the rally. Of those detained, 200 were women and "
        "60 were children; of the children, 9 were girls."
    )
    assert claim_fields(text, "en", _FIELDS)[-1][2:] == (9, 2)


def test_the_group_named_chooses_among_the_parts():
    text = (
        "Police detained 850 people at the rally. Of those detained, 200 were women and "
        "60 were children; of the women, 12 were elderly."
    )
    assert claim_fields(text, "en", _FIELDS)[-1][2:] == (12, 1)


def test_a_group_counted_nowhere_leaves_the_part_with_the_last_whole():
    text = "Police detained 850 people at the rally; of the minors, 9 were girls."
    assert claim_fields(text, "en", _FIELDS)[-1][3] == 0


def test_a_group_named_with_what_befell_it_names_its_figure():
    text = (
        "About 300 men were held at the depot. Of the men held at the depot, 45 were later "
        "found in a mass grave."
    )
    assert claim_fields(text, "en", _FIELDS)[-1] == ("found_dead", "men", 45, 0)


def test_a_part_of_the_women_or_men_taken_is_of_that_group_whatever_befell_it():
    text = "Soldiers took 25 women from the village. Six of the women were released two days later."
    assert claim_fields(text, "en", _FIELDS) == [
        ("captured", "women", 25, None),
        ("released", "women", 6, 0),
    ]
    text = "Police detained 40 people, 12 of them men. Three of the men were later beaten."
    assert claim_fields(text, "en", _FIELDS)[-1][:3] == ("tortured", "men", 3)


def test_near_miss_a_group_owning_the_counted_is_not_their_group():
    text = "Soldiers took 25 women from the village. Six of the women's husbands were released."
    assert claim_fields(text, "en", _FIELDS)[-1][:3] == ("released", "all", 6)


def test_a_part_of_cases_whose_victims_are_said_to_be_a_group():
    text = "Monitors documented 74 cases of torture; in 18 of these cases the victims were minors."
    assert claim_fields(text, "en", _FIELDS) == [
        ("tortured", "all", 74, None),
        ("tortured", "children", 18, 0),
    ]


def test_near_miss_a_part_of_cases_whose_victims_are_said_no_group():
    text = "Monitors documented 74 cases of torture; in 18 of these cases the victims were hooded."
    assert claim_fields(text, "en", _FIELDS)[-1][:3] == ("tortured", "all", 18)
