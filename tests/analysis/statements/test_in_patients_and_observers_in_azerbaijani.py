"""Azerbaijani words of a hospital's wards and of election monitoring: persons admitted as
in-patients ("stasionar müalicəyə yerləşdirilib") are hurt, not put up away from home as
"yerləşdirilib" alone says; election observers ("müşahidəçi") are a free label, as
"observers" and «наблюдатели» are; persons who crossed into a neighbour's territory
("ərazisinə keçib") are displaced, as into its country. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_admitted_as_in_patients_are_hurt():
    text = "Partlayışdan sonra 14 nəfər stasionar müalicəyə yerləşdirilib."
    assert claim_fields(text, "az", FIELDS) == [("injured", "all", 14, None)]


def test_in_patients_among_those_who_came_to_hospital():
    text = "Xəstəxanaya 30 nəfər müraciət edib, onlardan 12-si stasionara yerləşdirilib."
    assert claim_fields(text, "az", FIELDS) == [
        ("injured", "all", 30, None),
        ("injured", "all", 12, 0),
    ]


def test_put_up_in_a_hall_stays_displaced():
    # Near miss: placed in a sports hall, not in a ward.
    text = "Kənddən çıxarılan 70 sakin idman zalında yerləşdirilib."
    assert claim_fields(text, "az", FIELDS) == [("displaced", "all", 70, None)]


def test_observers_hurt():
    text = "Səsvermə günü 6 müşahidəçi xəsarət alıb."
    assert claim_fields(text, "az", FIELDS) == [("injured", "observers", 6, None)]


def test_observers_released_of_those_held():
    text = "Polis 20 müşahidəçini saxlayıb. Saxlanılan müşahidəçilərdən 15-i buraxılıb."
    assert claim_fields(text, "az", FIELDS) == [
        ("detained", "observers", 20, None),
        ("released", "observers", 15, 0),
    ]


def test_observation_of_the_vote_counts_no_one():
    # Near miss: "müşahidə" (observation) is no observer.
    text = "Missiya 40 məntəqədə müşahidə aparıb."
    assert claim_fields(text, "az", FIELDS) == []


def test_crossed_into_a_neighbours_territory_are_displaced():
    text = "Döyüşlər zamanı 9 min nəfər evini tərk edib, onlardan 4 mini qonşu Arvaniya ərazisinə keçib."
    assert claim_fields(text, "az", FIELDS) == [
        ("displaced", "all", 9000, None),
        ("displaced", "all", 4000, 0),
    ]


def test_a_territory_named_with_no_count_is_no_figure():
    # Near miss: troops moving into a territory count no one.
    text = "Bölmələr dünən düşmən ərazisinə keçib."
    assert claim_fields(text, "az", FIELDS) == []
