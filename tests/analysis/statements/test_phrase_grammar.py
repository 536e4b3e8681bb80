"""Rules of the grammar around figures found missing on the first held-out statements: parts
after a colon, cross-sentence "of these", free Russian word order, participles as counted
nouns, circumstances beside verbs, "held", prepositional objects. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language)


def test_a_list_after_a_colon_spells_out_its_figure():
    text = "At Marlen station 11 passengers died: five women, four men and two children."
    assert figures(text, "en") == [
        ("killed", "all", 11, None, None, "exact", None),
        ("killed", "women", 5, None, None, "exact", 0),
        ("killed", "men", 4, None, None, "exact", 0),
        ("killed", "children", 2, None, None, "exact", 0),
    ]


def test_a_list_of_places_after_a_colon_is_no_figure():
    text = "The raids killed 12 people: 7 in Osk and 5 in Tarn."
    assert figures(text, "en") == [("killed", "all", 12, None, None, "exact", None)]


def test_a_noun_that_names_the_category_labels_the_number_after_a_dash():
    claim = read_statement("Заложников — 64, раненых — 9.", "ru").claims[0]
    assert (claim.category, claim.count, claim.as_stated) == ("captured", 64, "Заложников — 64")


def test_of_these_opening_a_sentence_points_back_to_the_last_figure():
    text = "Police arrested 480 protesters. Of these, 35 were beaten in custody and 60 were freed."
    result = figures(text, "en")
    assert result[0] == ("detained", "all", 480, None, None, "exact", None)
    assert ("released", "all", 60, None, None, "exact", 0) in result


def test_a_verb_after_the_counted_noun_is_not_taken_for_a_noun():
    assert figures("The whereabouts of 45 students remains unknown.", "en") == [
        ("missing", "students", 45, None, None, "exact", None)
    ]


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("Вчера на свободу вышли 23 человека.", "released", 23),
        ("Личности 17 погибших уже установлены.", "identified", 17),
        ("Нападавшие лишили 4 человек жизни.", "killed", 4),
    ],
)
def test_russian_predicates_are_read_in_either_order_and_around_their_subject(
    text, category, count
):
    ((found_category, _, found_count, *_),) = figures(text, "ru")
    assert (found_category, found_count) == (category, count)


def test_an_auxiliary_does_not_open_a_reordered_predicate():
    text = "Около 300 человек стали жертвами насильственных исчезновений."
    assert figures(text, "ru")[0][0] == "disappeared"


def test_a_russian_participle_after_the_number_is_what_was_counted():
    assert figures("Не менее сорока задержанных подверглись пыткам.", "ru") == [
        ("tortured", "all", 40, None, None, "at_least", None)
    ]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("12 nəfər əsirlikdə həlak olub.", "az", "killed"),
        ("Three detainees died in custody.", "en", "killed"),
        ("Девять человек скончались в плену.", "ru", "killed"),
        ("В плену скончались девять человек.", "ru", "killed"),
        ("Twenty men remain in captivity.", "en", "captured"),
    ],
)
def test_a_circumstance_gives_way_to_the_verb_beside_it(text, language, category):
    assert figures(text, language)[0][0] == category


def test_held_takes_what_the_persons_were():
    detained = "Soldiers arrested 90 villagers, of whom 41 are still held."
    assert figures(detained, "en")[1] == ("detained", "all", 41, None, None, "exact", 0)
    hostages = "Eight hostages were freed. Another 15 are still held."
    assert figures(hostages, "en")[1] == ("captured", "all", 15, None, None, "exact", None)
    assert figures("All 30 were held for two days.", "en") == []


def test_a_part_governed_by_a_preposition_takes_no_category_from_its_whole():
    text = "Sixty residents are missing; the council has spoken with 20 of them."
    assert figures(text, "en") == [("missing", "all", 60, None, None, "exact", None)]


def test_azerbaijani_leaving_home_in_any_possessive_form():
    for text in ("Yüzlərlə insan yurdunu tərk edib.", "300 sakin evini tərk etməyə məcbur olub."):
        assert figures(text, "az")[0][0] == "displaced"


def test_a_participle_before_the_counted_noun_describes_the_persons():
    text = "Five of the 9 kidnapped teachers have been released."
    assert figures(text, "en") == [
        ("released", "teachers", 5, None, None, "exact", 1),
        ("captured", "teachers", 9, None, None, "exact", None),
    ]
    assert figures("The 20 detained journalists were freed.", "en") == [
        ("released", "journalists", 20, None, None, "exact", None)
    ]


def test_a_bare_number_after_and_counts_the_things_counted_before():
    text = "Some 500 houses were damaged and 60 destroyed."
    assert figures(text, "en") == [("property_destroyed", "homes", 60, None, None, "exact", None)]


def test_a_russian_verb_of_no_category_keeps_its_own_figure():
    text = "Повреждены 120 домов, 15 полностью уничтожены."
    assert figures(text, "ru") == [("property_destroyed", "homes", 15, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Əsirlərin sayı qırxdan çoxdur.", "az", ("captured", "all", 40, "at_least")),
        ("Число беженцев превысило 9000.", "ru", ("displaced", "all", 9000, "at_least")),
        ("The number of detainees has reached 700.", "en", ("detained", "all", 700, "exact")),
    ],
)
def test_a_count_word_names_what_the_number_counts(text, language, expected):
    ((category, subgroup, count, _, _, qualifier, _),) = figures(text, language)
    assert (category, subgroup, count, qualifier) == expected


def test_an_agent_is_not_what_was_counted():
    text = "Otuza yaxın tələbə polis tərəfindən saxlanılıb."
    assert figures(text, "az")[0][:3] == ("detained", "students", 30)


def test_a_russian_noun_phrase_whose_adjective_is_a_participle():
    assert figures("Уничтожено 12 населённых пунктов.", "ru")[0][:3] == (
        "property_destroyed",
        "settlements",
        12,
    )


@pytest.mark.parametrize(
    ("text", "language", "whole", "parts"),
    [
        (
            "Twenty villagers (12 men and 8 women) were abducted from the farm.",
            "en",
            ("captured", "all", 20, None, None, "exact", None),
            [("captured", "men", 12), ("captured", "women", 8)],
        ),
        (
            "Diggers recovered the remains of at least 30 persons (17 men, 9 women, 4 children).",
            "en",
            ("found_dead", "all", 30, None, None, "at_least", None),
            [("found_dead", "men", 17), ("found_dead", "women", 9), ("found_dead", "children", 4)],
        ),
        (
            "Задержаны 18 человек (12 мужчин и 6 женщин).",
            "ru",
            ("detained", "all", 18, None, None, "exact", None),
            [("detained", "men", 12), ("detained", "women", 6)],
        ),
        (
            "Silahlılar kəndin 13 sakinini (9 kişi, 4 qadın) girov götürüb.",
            "az",
            ("captured", "all", 13, None, None, "exact", None),
            [("captured", "men", 9), ("captured", "women", 4)],
        ),
    ],
)
def test_a_list_of_groups_in_a_parenthesis_spells_out_its_figure(text, language, whole, parts):
    assert figures(text, language) == [
        whole,
        *[(category, group, count, None, None, "exact", 0) for category, group, count in parts],
    ]


def test_a_parenthesis_of_groups_more_than_the_figure_is_no_part_of_it():
    text = "The militia held 6 people (two men, five women) at the mill."
    assert figures(text, "en") == [("detained", "all", 6, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three houses were destroyed and 11 damaged.", "en"),
        ("Three houses were destroyed and 11 were badly damaged.", "en"),
        ("Разрушены 3 дома, 11 повреждены.", "ru"),
    ],
)
def test_a_count_with_a_verb_of_its_own_naming_no_act_takes_no_verb_before_it(text, language):
    assert figures(text, language) == [
        ("property_destroyed", "homes", 3, None, None, "exact", None),
    ]


def test_a_verb_after_the_count_still_binds_past_its_own_first_verb():
    text = "Four schools were destroyed, and more than 2,000 homes were damaged or destroyed."
    assert figures(text, "en")[1] == (
        "property_destroyed", "homes", 2000, None, None, "at_least", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "На окраине села обнаружены три ямы, в которых лежали останки не менее 20 человек: "
            "11 мужчин, 6 женщин и 3 детей.",
            "ru",
        ),
        (
            "Searchers found three pits, in which lay the remains of at least 20 people: 11 "
            "men, 6 women and 3 children.",
            "en",
        ),
    ],
)
def test_remains_with_no_verb_in_a_sentence_of_a_find_were_found_with_their_list(text, language):
    found = figures(text, language)
    assert found[-4:] == [
        ("found_dead", "all", 20, None, None, "at_least", None),
        ("found_dead", "men", 11, None, None, "exact", len(found) - 4),
        ("found_dead", "women", 6, None, None, "exact", len(found) - 4),
        ("found_dead", "children", 3, None, None, "exact", len(found) - 4),
    ]


def test_remains_with_a_verb_of_their_own_are_not_found():
    text = "Investigators found three graves; the remains of 40 people are still missing."
    assert [f[0] for f in figures(text, "en")] == ["burial_sites"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine teachers were detained, two of whom were freed on bail.", "en"),
        ("Девять учителей задержаны, двое из них отпущены под залог.", "ru"),
    ],
)
def test_a_part_after_a_comma_names_no_group_of_its_own(text, language):
    # A count after a comma takes the noun of the count before it ("nine teachers were held
    # and two released"), but not when it is a part ("two of whom"): a part with no noun of
    # its own is of the subgroup all.
    assert [
        (c.category, c.subgroup, c.count, c.parent) for c in read_statement(text, language).claims
    ] == [
        ("detained", "teachers", 9, None),
        ("released", "teachers", 2, 0),
    ]


def test_a_bare_count_after_and_still_counts_the_noun_before_it():
    text = "Nine teachers were detained and two were injured."
    assert [(c.category, c.subgroup, c.count) for c in read_statement(text, "en").claims] == [
        ("detained", "teachers", 9),
        ("injured", "teachers", 2),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Polis 7 tələbə qızı saxlayıb.", "az"),
        ("Polis 7 qız tələbəni saxlayıb.", "az"),
        ("Police detained 7 women students.", "en"),
    ],
)
def test_a_group_named_by_what_persons_do_wins_over_a_word_of_sex_or_age(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.subgroup, c.count) for c in claims] == [("detained", "students", 7)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 120 residents — most of them pensioners — were evacuated.", "en"),
        ("Some 120 residents (most of them pensioners) were evacuated.", "en"),
        ("Около 120 жителей — в основном пенсионеры — были эвакуированы.", "ru"),
    ],
)
def test_dashes_or_a_parenthesis_that_only_describe_the_counted_stand_between_nothing(
    text, language
):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count, c.qualifier) for c in claims] == [("displaced", 120, "about")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Qayıqda 40 nəfər var idi, onlardan 6-sı boğulub.", "az"),
        ("Qayıqda 40 nəfər olub, onlardan 6-sı boğulub.", "az"),
        ("There were 40 people in the boat, 6 of whom drowned.", "en"),
    ],
)
def test_a_count_that_was_only_there_takes_no_verb_from_its_part(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count) for c in claims] == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Quldurlar 18 sərnişini girov götürüb, onlardan 5-i üç gün sonra buraxılıb.", "az"),
        ("Gunmen seized 18 passengers, releasing 5 of them three days later.", "en"),
    ],
)
def test_a_number_that_is_no_count_stands_between_a_count_and_its_verb_as_a_word(text, language):
    claims = read_statement(text, language).claims
    assert [(c.category, c.count, c.parent) for c in claims] == [
        ("captured", 18, None),
        ("released", 5, 0),
    ]


def test_a_russian_verb_left_out_for_a_dash_is_the_figure_befores():
    text = "Пятеро пассажиров получили тяжёлые травмы, двенадцать — лёгкие."
    claims = read_statement(text, "ru").claims
    assert [(c.category, c.count, c.parent) for c in claims] == [
        ("injured", 5, None),
        ("injured", 12, None),
    ]
    # A group after the dash says who some of them were, not a verb left out.
    text = "Пострадали 17 пассажиров, из них 4 — дети."
    claims = read_statement(text, "ru").claims
    assert [(c.subgroup, c.count, c.parent) for c in claims] == [
        ("all", 17, None),
        ("children", 4, 0),
    ]


def test_an_azerbaijani_verb_of_no_act_before_the_comma_keeps_the_parts_verb_to_the_part():
    text = "Ekspertlər 40 nəfərin qalıqlarını öyrənib, onlardan 22-nin şəxsiyyəti müəyyən edilib."
    claims = read_statement(text, "az").claims
    assert [(c.category, c.count, c.parent) for c in claims] == [
        ("found_dead", 40, None),
        ("identified", 22, 0),
    ]
