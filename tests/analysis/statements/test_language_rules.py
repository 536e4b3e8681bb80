"""General rules added when statements written by other hands were read: lexicon classes
(deaths by a named cause, evacuation, nominal acts, papers), instrument titles, reference
signs, bodies as a whole, parts that have their own predicate. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language)


def categories(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.count) for c in read_statement(text, language).claims]


@pytest.mark.parametrize(
    ("text", "language", "category", "count"),
    [
        ("Six fishermen drowned when the ferry was hit.", "en", "killed", 6),
        ("При обстреле переправы утонули шесть рыбаков.", "ru", "killed", 6),
        ("Bərə vurulanda altı balıqçı boğulub.", "az", "killed", 6),
        ("About 900 villagers were evacuated overnight.", "en", "displaced", 900),
        ("Ночью были эвакуированы около 900 сельчан.", "ru", "displaced", 900),
        ("Gecə ərzində 900 sakin evakuasiya edilib.", "az", "displaced", 900),
        ("Около 900 сельчан были вынуждены выехать.", "ru", "displaced", 900),
        ("Forty shops and 15 houses were flattened.", "en", "property_destroyed", 15),
        ("Monitors recorded the arrests of 41 students.", "en", "detained", 41),
        ("The unlawful confinement of 16 farmers was proven.", "en", "detained", 16),
        ("The clinic saw 31 cases of torture last year.", "en", "tortured", 31),
        ("Отряд незаконно удерживал 16 фермеров.", "ru", "detained", 16),
        ("Dəstə 16 fermeri qanunsuz saxlayıb.", "az", "detained", 16),
        ("Saxlanılan 16 nəfər azadlığa buraxılıb.", "az", "released", 16),
    ],
)
def test_lexicon_classes_with_their_forms(text, language, category, count):
    assert (category, count) in categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The office has 240 files on the case.", "en"),
        ("В приёмную поступило 240 жалоб.", "ru"),
        ("Ofisə 240 şikayət daxil olub.", "az"),
    ],
)
def test_papers_are_not_persons(text, language):
    assert read_statement(text, language).claims == ()


def test_the_words_of_an_instruments_title_name_no_act():
    text = "Согласно Конвенции против пыток власти проверят 9 жалоб и 30 случаев."
    assert read_statement(text, "ru").claims == ()


def test_a_reference_sign_does_not_end_the_clause():
    text = "Бандиты незаконно удерживали в корпусе № 3 не менее 40 рабочих."
    assert categories(text, "ru") == [("detained", 40)]


def test_a_part_with_a_verb_of_its_own_is_no_part_of_its_neighbour():
    text = "Охрана удерживала 30 рабочих, пятеро из которых умерли."
    assert figures(text, "ru") == [
        ("detained", "all", 30, None, None, "exact", None),
        ("killed", "all", 5, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Из 40 тел, привезённых в больницу, опознаны 25.", "ru"),
        ("Gətirilən 40 nəfərin qalıqlarından 25-inin şəxsiyyəti sonradan müəyyən edilib.", "az"),
    ],
)
def test_bodies_out_of_which_some_were_identified_were_found(text, language):
    assert figures(text, language) == [
        ("found_dead", "all", 40, None, None, "exact", None),
        ("identified", "all", 25, None, None, "exact", 0),
    ]


def test_bodies_brought_out_are_persons_found_dead():
    assert categories("Divers pulled 14 bodies out of the river.", "en") == [("found_dead", 14)]


def test_traces_of_torture_say_torture():
    assert categories("На 9 телах обнаружены следы пыток.", "ru") == [("tortured", 9)]


@pytest.mark.parametrize(
    ("text", "language", "whole", "part"),
    [
        ("Police detained 20 reporters; three of them were injured.", "en", "detained", "injured"),
        ("Investigators exhumed 30 bodies, 7 of them bore signs of torture.", "en", "found_dead",
         "tortured"),
        ("За год пропали 50 человек, 12 из них исчезли насильственно.", "ru", "missing",
         "disappeared"),
        # Persons disappeared or missing who are found held are held: a part of them.
        ("Известно об исчезновении 27 жителей. Девять из исчезнувших содержатся под стражей.",
         "ru", "disappeared", "detained"),
        ("Пропавшими без вести числятся 40 человек; 6 из них, как выяснилось, задержаны.", "ru",
         "missing", "detained"),
    ],
)  # fmt: skip
def test_later_fates_of_the_same_persons_are_parts(text, language, whole, part):
    result = figures(text, language)
    assert [(f[0], f[6]) for f in result] == [(whole, None), (part, 0)]


def test_a_whole_whose_verb_stands_apart_still_takes_its_parts():
    text = (
        "Боевики удерживали в бывшем складе на окраине посёлка 22 человека, трое из которых умерли."
    )
    assert figures(text, "ru") == [
        ("detained", "all", 22, None, None, "exact", None),
        ("killed", "all", 3, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Guards arrested 40 students. Of them, six gave interviews to the press.", "en"),
        ("Guards arrested 40 students; 12 of them were later fined.", "en"),
        ("Полиция задержала 40 студентов. Шестеро из них оштрафованы.", "ru"),
    ],
)
def test_a_part_with_a_verb_of_its_own_naming_no_act_is_no_figure(text, language):
    assert categories(text, language) == [("detained", 40)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The raid killed 30 villagers. Nine of the dead were children.",
            "en",
            [("killed", "all", 30, None, None, "exact", None),
             ("killed", "children", 9, None, None, "exact", 0)],
        ),
        (
            "Soldiers detained 50 workers at the mill and executed three of the detainees.",
            "en",
            [("detained", "all", 50, None, None, "exact", None),
             ("killed", "all", 3, None, None, "exact", 0)],
        ),
        (
            "Около 2000 жителей были эвакуированы. Среди эвакуированных — 300 детей.",
            "ru",
            [("displaced", "all", 2000, None, None, "about", None),
             ("displaced", "children", 300, None, None, "exact", 0)],
        ),
        (
            "Были задержаны 80 человек. Семеро из задержанных подверглись пыткам.",
            "ru",
            [("detained", "all", 80, None, None, "exact", None),
             ("tortured", "all", 7, None, None, "exact", 0)],
        ),
    ],
)  # fmt: skip
def test_a_part_of_those_a_participle_or_noun_names_joins_the_latest_such_figure(
    text, language, expected
):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В плену удерживаются 25 человек.", "ru"),
        ("25 человек удерживаются в плену.", "ru"),
        ("Girovluqda hələ 25 nəfər saxlanılır.", "az"),
        ("25 nəfər girovluqda saxlanılır.", "az"),
        ("Twenty-five people are being held captive.", "en"),
    ],
)
def test_held_in_captivity_is_captivity(text, language):
    assert categories(text, language) == [("captured", 25)]


def test_held_alone_stays_detention():
    assert categories("Полиция удерживает 25 человек.", "ru") == [("detained", 25)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Twelve civilians were killed; the youngest was 4 and the oldest 79.", "en"),
        ("Погибли 12 человек, самому младшему было 4, самому старшему — 79.", "ru"),
        ("12 nəfər həlak olub, ən kiçiyi 4, ən yaşlısı isə 79 yaşında idi.", "az"),
    ],
)
def test_a_number_said_of_the_youngest_or_oldest_is_an_age(text, language):
    assert categories(text, language) == [("killed", 12)]


def test_a_superlative_in_a_case_is_no_age():
    text = "Üç məzarlıq aşkar edilib. Onların ən böyüyündən 40 nəfərin meyiti çıxarılıb."
    assert ("found_dead", 40) in categories(text, "az")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 60 protesters. Officials said on Monday that 12 of them were minors.",
         "en"),
        ("Задержаны 60 человек. Как сообщил источник, 12 из них несовершеннолетние.", "ru"),
    ],
)  # fmt: skip
def test_words_attributing_a_part_do_not_cut_it_from_its_whole(text, language):
    assert figures(text, language) == [
        ("detained", "all", 60, None, None, "exact", None),
        ("detained", "children", 12, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "parent"),
    [
        ("Four hundred people were detained. Two days later, 150 were released.", "en", 0),
        ("Были задержаны 400 человек. Через два дня 150 были освобождены.", "ru", 0),
        ("Twenty people were killed. 150 were released from the stadium.", "en", None),
    ],
)
def test_a_bare_number_released_is_part_of_those_held_just_before(text, language, parent):
    assert figures(text, language)[-1] == ("released", "all", 150, None, None, "exact", parent)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Twenty people were killed. Officials put the number at 26.", "en",
         [("killed", 20), ("killed", 26)]),
        ("Twenty people were killed. The number of people in the shelter is 300.", "en",
         [("killed", 20)]),
        ("Найдены 3 массовых захоронения; общее число достигло 11.", "ru",
         [("burial_sites", 3), ("burial_sites", 11)]),
        ("Погибли 20 человек. Число жителей села составляет 300.", "ru", [("killed", 20)]),
        ("Üç kütləvi məzarlıq aşkar edilib, onların ümumi sayı 11-ə çatıb.", "az",
         [("burial_sites", 3), ("burial_sites", 11)]),
        ("20 nəfər həlak olub. Kənd sakinlərinin sayı 300-dür.", "az", [("killed", 20)]),
    ],
)  # fmt: skip
def test_a_count_word_with_nothing_counted_restates_the_latest_figure(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("The group documented 90 cases of enforced disappearance. In 25 cases the victims "
         "were later found dead.", "en", "found_dead"),
        ("Центр зафиксировал 90 случаев похищения людей. В 25 случаях похищенные освобождены.",
         "ru", "released"),
        ("Qrup 90 məcburi yoxa çıxarılma halı qeydə alıb. 25 halda itkin düşənlərin taleyi "
         "məlum deyil.", "az", "missing"),
    ],
)  # fmt: skip
def test_cases_counted_in_some_cases_are_part_of_the_cases_before(text, language, part):
    result = figures(text, language)
    assert [(f[0], f[2], f[6]) for f in result][1] == (part, 25, 0)


@pytest.mark.parametrize(
    ("text", "language", "category", "count"),
    [
        ("Nine guards were gunned down at the gate.", "en", "killed", 9),
        ("The blast claimed 11 lives.", "en", "killed", 11),
        ("Thirty people sustained serious injuries.", "en", "injured", 30),
        ("Twelve people were hospitalised after the raid.", "en", "injured", 12),
        ("Fifty-five men were taken into custody.", "en", "detained", 55),
        ("At least 20 detainees were beaten and tortured.", "en", "tortured", 20),
        ("14 человек были застрелены у моста.", "ru", "killed", 14),
    ],
)
def test_more_verbs_of_each_category(text, language, category, count):
    assert categories(text, language) == [(category, count)]


def test_an_azerbaijani_ablative_names_the_whole_and_the_verb_the_parts_fate():
    text = "40 nəfər yaralanıb. Yaralılardan 3-ü sonradan xəstəxanada ölüb."
    assert figures(text, "az") == [
        ("injured", "all", 40, None, None, "exact", None),
        ("killed", "all", 3, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "subgroup"),
    [
        ("Thirty-one people died. Most of the victims were women; nine were children.", "en",
         "children"),
        ("Погиб 31 человек. Большинство погибших — женщины, девять — дети.", "ru", "children"),
        ("The attackers killed 25 people. Eleven of the victims were women.", "en", "women"),
    ],
)  # fmt: skip
def test_a_number_whose_predicate_is_a_subgroup_is_part_of_the_figure_before(
    text, language, subgroup
):
    result = figures(text, language)
    assert result[1][0] == "killed"
    assert (result[1][1], result[1][6]) == (subgroup, 0)


def test_a_subgroup_larger_than_the_figure_before_is_no_part_of_it():
    text = "Five people were killed. The school had 300 pupils; 120 were girls."
    assert categories(text, "en") == [("killed", 5)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The NGO reported 30 killed; the government acknowledged 12.", "en"),
        ("Местные власти оценивают число погибших в 30 человек, министерство называет цифру 12.",
         "ru"),
        ("Rəsmilər həlak olanların sayını 30 nəfər kimi qiymətləndirir, nazirlik isə 12 rəqəmini "
         "açıqlayıb.", "az"),
    ],
)  # fmt: skip
def test_a_figure_another_source_gives_for_the_same_count_is_read(text, language):
    assert categories(text, language) == [("killed", 30), ("killed", 12)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Polis 80 nəfəri saxlayıb, onlardan 20-si cərimələnib.", "az"),
        ("Police detained 80 people; 20 of them were fined.", "en"),
    ],
)
def test_a_part_fined_is_no_figure(text, language):
    assert categories(text, language) == [("detained", 80)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ранены 70 человек, 15 из них находятся в больнице.", "ru"),
        ("70 people were injured; 15 of them stayed in hospital.", "en"),
        ("70 nəfər yaralanıb, onlardan 15-i xəstəxanada qalıb.", "az"),
    ],
)
def test_a_part_that_is_or_stays_somewhere_keeps_the_wholes_category(text, language):
    assert figures(text, language)[1] == ("injured", "all", 15, None, None, "exact", 0)


@pytest.mark.parametrize(
    ("text", "language", "category", "count"),
    [
        ("The buses carried 600 evacuees to the coast.", "en", "displaced", 600),
        ("Some 40 men were taken away and have not been seen since.", "en", "disappeared", 40),
        ("Reporters counted 14 bodies near the bridge.", "en", "found_dead", 14),
        ("Журналисты насчитали у моста 14 тел.", "ru", "found_dead", 14),
        ("Jurnalistlər körpünün yanında 14 meyit sayıblar.", "az", "found_dead", 14),
        ("Up to 2,000 people were forcibly transferred.", "en", "displaced", 2000),
    ],
)
def test_more_words_of_each_category(text, language, category, count):
    assert categories(text, language) == [(category, count)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Monitors logged 40 cases of torture, 9 of which involved children.", "en"),
        ("Мониторы зафиксировали 40 случаев пыток, 9 из которых касались детей.", "ru"),
    ],
)
def test_a_verb_saying_whom_a_count_concerns_gives_its_subgroup(text, language):
    assert figures(text, language) == [
        ("tortured", "all", 40, None, None, "exact", None),
        ("tortured", "children", 9, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Not in Russian: test_russian_single_person_after_a_marker.
        ("Beş nəfər, o cümlədən hamilə qadın həlak olub.", "az"),
    ],
)
def test_a_singular_noun_after_a_marker_of_parts_counts_one(text, language):
    assert figures(text, language) == [
        ("killed", "all", 5, None, None, "exact", None),
        ("killed", "pregnant women", 1, None, None, "exact", 0),
    ]


def test_a_plural_noun_after_a_marker_counts_nothing_by_itself():
    assert categories("Погибли пять человек, среди них женщины.", "ru") == [("killed", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "500-dən 700-dək insan məcburi köçürülüb.",
        "500-dən 700-ə qədər insan məcburi köçürülüb.",
        "Beş yüzdən yeddi yüzə qədər insan məcburi köçürülüb.",
    ],
)
def test_an_azerbaijani_range_by_its_case_endings(text):
    assert figures(text, "az") == [("displaced", "all", None, 500, 700, "range", None)]


def test_an_azerbaijani_count_with_an_ending_is_not_measured_by_the_word_after_it():
    text = "Üç işçi qaçırılıb, onlardan ikisi cümə günü azad edilib."
    assert figures(text, "az") == [
        ("captured", "all", 3, None, None, "exact", None),
        ("released", "all", 2, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "category", "count"),
    [
        ("Düşmən 12 nəfəri güllələyib.", "az", "killed", 12),
        ("Dəstə 12 nəfəri qaçırıb.", "az", "captured", 12),
        ("12 ailə tamamilə qırılıb.", "az", "families_wiped_out", 12),
        ("12 ailədən heç kim sağ qalmayıb.", "az", "families_wiped_out", 12),
        ("Свои дома покинули 5000 человек.", "ru", "displaced", 5000),
        ("120 homes were reduced to ashes.", "en", "property_destroyed", 120),
    ],
)
def test_active_forms_and_phrases_of_their_own(text, language, category, count):
    assert categories(text, language) == [(category, count)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two of the three suspects were arrested.", "en"),
        ("Двое из трёх подозреваемых задержаны.", "ru"),
    ],
)
def test_a_whole_that_gave_its_verb_to_its_part_does_not_take_it_back(text, language):
    assert categories(text, language) == [("detained", 2)]


def test_an_active_verb_with_its_own_count_is_not_the_verb_of_a_count_before_it():
    text = "The group's 300 fighters took part in the raid that killed 20 civilians."
    assert categories(text, "en") == [("killed", 20)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд приговорил 3 офицеров к 15 годам лишения свободы.", "ru"),
        ("The court gave 3 officers 15 years of detention.", "en"),
    ],
)
def test_a_penalty_of_so_many_years_is_no_fate(text, language):
    assert read_statement(text, language).claims == ()


def test_a_verb_after_a_year_is_still_a_verb():
    text = "С 2014 года погибли почти 3000 мирных жителей, в том числе 190 детей."
    assert figures(text, "ru") == [
        ("killed", "civilians", 3000, None, None, "about", None),
        ("killed", "children", 190, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She was one of 40 people who were detained.", "en"),
        ("Она была одной из 40 задержанных.", "ru"),
    ],
)
def test_one_person_said_to_be_one_of_a_count_is_no_count(text, language):
    assert categories(text, language) == [("detained", 40)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("One of the hostages was killed.", "en"),
        ("Один из заложников погиб.", "ru"),
        ("Girovlardan biri ölüb.", "az"),
    ],
)
def test_one_of_the_persons_a_noun_names_counts_one(text, language):
    assert categories(text, language) == [("killed", 1)]


def test_an_azerbaijani_ablative_noun_names_the_whole_of_a_later_sentence():
    text = "20 nəfər girov götürülüb. Girovlardan biri ölüb."
    assert figures(text, "az") == [
        ("captured", "all", 20, None, None, "exact", None),
        ("killed", "all", 1, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("More than 600 people are being held in the camp, among them 70 women.", "en"),
        ("В лагере содержатся более 600 человек, в том числе 70 женщин.", "ru"),
    ],
)
def test_held_with_nothing_saying_as_what_is_detention_and_its_parts_follow(text, language):
    assert figures(text, language) == [
        ("detained", "all", 600, None, None, "at_least", None),
        ("detained", "women", 70, None, None, "exact", 0),
    ]


def test_hostages_held_are_still_captives():
    assert categories("Rebels are holding 30 hostages; 12 are held in a school.", "en")[0] == (
        "captured",
        30,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eleven people, seven of them children, died in the fire.", "en"),
        ("Одиннадцать человек, семеро из них дети, погибли при пожаре.", "ru"),
    ],
)
def test_a_part_in_apposition_lets_the_whole_reach_its_verb(text, language):
    assert figures(text, language) == [
        ("killed", "all", 11, None, None, "exact", None),
        ("killed", "children", 7, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The clinic treated 57 people for gunshot wounds.", "en"),
        ("Xəstəxanaya güllə yarası ilə 57 nəfər gətirilib.", "az"),
    ],
)
def test_wounds_treated_are_injuries(text, language):
    assert categories(text, language) == [("injured", 57)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Half of the 2,000 detainees were tortured.", "en"),
        ("Большинство из 2000 задержанных подверглись пыткам.", "ru"),
        ("2000 məhbusun yarısı işgəncəyə məruz qalıb.", "az"),
    ],
)
def test_the_verb_after_a_fraction_of_a_count_is_the_fractions(text, language):
    assert categories(text, language) == [("detained", 2000)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Seventy-two people were wounded, 14 seriously.", "en"),
        ("Ранены 72 человека, 14 — тяжело.", "ru"),
    ],
)
def test_a_bare_number_with_only_a_manner_word_is_a_part(text, language):
    assert figures(text, language) == [
        ("injured", "all", 72, None, None, "exact", None),
        ("injured", "all", 14, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Four children were among the 19 people killed.", "en"),
        ("Четверо детей оказались среди 19 погибших.", "ru"),
    ],
)
def test_a_subject_among_a_count_is_its_part(text, language):
    assert figures(text, language) == [
        ("killed", "children", 4, None, None, "exact", 1),
        ("killed", "all", 19, None, None, "exact", None),
    ]


def test_no_one_with_a_verb_of_its_own_is_no_zero_of_the_act_named_later():
    text = "Никто не понёс ответственности за гибель 86 человек."
    assert categories(text, "ru") == [("killed", 86)]
    assert categories("Ни один из заложников не был освобождён.", "ru") == [("released", 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 300 homes, the old library and two churches were burned.", "en"),
        ("Сожжены около 300 домов, старая библиотека и две церкви.", "ru"),
        ("Təxminən 300 ev, köhnə kitabxana və iki kilsə yandırılıb.", "az"),
    ],
)
def test_counts_of_things_listed_around_things_with_no_number_share_the_verb(text, language):
    assert [c[0] for c in figures(text, language)] == ["property_destroyed"] * 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Divers found the remains of 40 people, 25 of whom have been identified.", "en"),
        ("Водолазы нашли останки 40 человек, личности 25 из них установлены.", "ru"),
    ],
)
def test_bodies_of_which_some_are_identified_were_found(text, language):
    assert figures(text, language) == [
        ("found_dead", "all", 40, None, None, "exact", None),
        ("identified", "all", 25, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "rest"),
    [
        ("Fifty people were abducted; 20 were freed and the remaining 30 are missing.", "en",
         "missing"),
        # The fate of the rest of the taken kept back: test_russian_fate_of_the_rest_of_the_taken.
        ("Похищены 50 человек; 20 освобождены, судьба остальных 30 неизвестна.", "ru",
         "disappeared"),
        # So in Azerbaijani: test_azerbaijani_fate_of_the_rest_of_the_taken.
        ("50 nəfər qaçırılıb, 20-si azad edilib, qalan 30 nəfərin taleyi məlum deyil.", "az",
         "disappeared"),
    ],
)  # fmt: skip
def test_the_remaining_persons_are_a_part_of_the_latest_figure(text, language, rest):
    result = figures(text, language)
    assert (result[-1][0], result[-1][2], result[-1][6]) == (rest, 30, 0)


def test_an_azerbaijani_age_before_the_count_gives_its_subgroup():
    text = "50 sakin həlak olub, o cümlədən 20 qadın və 60 yaşdan yuxarı 12 nəfər."
    assert figures(text, "az")[-1] == ("killed", "elderly", 12, None, None, "exact", 0)
    assert categories("18 yaşınadək 12 nəfər yaralanıb.", "az") == [("injured", 12)]
    assert figures("18 yaşınadək 12 nəfər yaralanıb.", "az")[0][1] == "children"


def test_passed_away_is_a_death():
    assert categories("Yaralılardan 3-ü xəstəxanada vəfat edib.", "az") == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two officers were convicted of the murder of 14 civilians.", "en"),
        ("The 12 accused are charged with the killing of 14 people.", "en"),
        ("Двое офицеров осуждены за убийство 14 мирных жителей.", "ru"),
        ("12 обвиняемым вменяется убийство 14 человек.", "ru"),
    ],
)
def test_an_act_named_by_a_noun_belongs_to_the_count_after_it(text, language):
    assert categories(text, language) == [("killed", 14)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The detainees were kept in Block 4 of the prison.", "en"),
        ("Задержанных содержали в блоке 4 тюрьмы.", "ru"),
        ("Saxlanılanlar həbsxananın 4 saylı blokunda saxlanılıb.", "az"),
    ],
)
def test_a_block_or_a_cell_is_a_reference(text, language):
    assert read_statement(text, language).claims == ()


def test_a_few_dozen_is_vague():
    claim = read_statement("A few dozen people were detained.", "en").claims[0]
    assert (claim.category, claim.count, claim.qualifier) == ("detained", None, "vague")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials put the death toll at 30; opposition groups say it is closer to 50.", "en"),
        ("Власти называют число погибших — 30, оппозиция говорит о 50.", "ru"),
        ("По данным властей, погибли 30 человек, а по данным правозащитников — 50.", "ru"),
    ],
)
def test_a_second_source_s_figure_after_a_verb_of_saying_restates_the_count(text, language):
    assert [c[:1] + c[2:3] for c in figures(text, language)] == [("killed", 30), ("killed", 50)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 300 people displaced, 120 have returned home.", "en"),
        ("Из 300 перемещённых лиц 120 вернулись домой.", "ru"),
        ("300 köçkündən 120-si evinə qayıdıb.", "az"),
    ],
)
def test_only_the_held_are_released(text, language):
    assert categories(text, language) == [("displaced", 300)]


def test_the_held_who_return_home_are_released():
    text = "Of the 40 hostages, 25 have returned home."
    assert figures(text, "en")[1] == ("released", "all", 25, None, None, "exact", 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Twenty people were killed. The town has 4 schools and 2 clinics. Officials said 3 "
         "were reopened on Monday.", "en"),
        ("Fifteen people were detained. The total cost reached 2 million.", "en"),
        ("Погибли 20 человек. В городе 4 школы и 2 больницы. Власти сообщили, что 3 из них "
         "вновь открыты.", "ru"),
    ],
)  # fmt: skip
def test_numbers_near_a_figure_that_count_something_else_are_no_restatement(text, language):
    assert len(read_statement(text, language).claims) == 1


def test_them_are_the_things_counted_last():
    text = "Twenty people were killed. The town has 4 schools; 3 of them were closed."
    assert categories(text, "en") == [("killed", 20)]


@pytest.mark.parametrize(
    ("text", "language", "subgroup"),
    [
        ("Four miners died when the gallery was shelled.", "en", "miners"),
        ("При обстреле штольни погибли четверо шахтёров.", "ru", "miners"),
        ("Qalereya atəşə tutulanda dörd mədənçi həlak olub.", "az", "miners"),
        ("Three border guards were wounded at the crossing.", "en", "border guards"),
        ("На переходе ранены трое пограничников.", "ru", "border guards"),
        ("Keçid məntəqəsində üç sərhədçi yaralanıb.", "az", "border guards"),
        ("Трое сотрудников полиции получили ранения.", "ru", "police officers"),
    ],
)
def test_occupations_named_after_the_count_are_free_labels(text, language, subgroup):
    assert [(c[1]) for c in figures(text, language)] == [subgroup]


@pytest.mark.parametrize(
    "text",
    [
        "Meydanda 25 nəfərədək etirazçı saxlanılıb.",
        "Meydanda 25-dək etirazçı saxlanılıb.",
    ],
)
def test_the_azerbaijani_terminative_bounds_a_count_from_above(text):
    assert figures(text, "az") == [("detained", "all", 25, None, None, "at_most", None)]


def test_an_azerbaijani_age_in_the_terminative_is_no_bound():
    assert figures("10 yaşınadək 4 uşaq yaralanıb.", "az") == [
        ("injured", "children", 4, None, None, "exact", None)
    ]


def test_an_azerbaijani_none_after_a_participle_of_two_words():
    assert figures("Partlayışda xəsarət alan olmayıb.", "az") == [
        ("injured", "all", 0, None, None, "exact", None)
    ]


def test_an_azerbaijani_none_is_not_shared_with_a_finite_verb_before_it():
    assert figures("Heç kim həbs edilməyib və xəsarət alan olmayıb.", "az") == [
        ("detained", "all", 0, None, None, "exact", None),
        ("injured", "all", 0, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unconfirmed reports speak of 70 people killed in the port.", "en"),
        ("A figure of 70 dead in the port has not been confirmed.", "en"),
        ("Сообщения о 70 погибших в порту пока не подтверждены.", "ru"),
        ("Limanda 70 nəfərin öldüyü barədə xəbərlər təsdiqlənməyib.", "az"),
    ],
)
def test_a_figure_the_text_calls_unconfirmed_is_no_claim(text, language):
    assert figures(text, language) == []


def test_a_house_number_before_a_street_name_is_no_count():
    assert figures("Nine people were detained at 14 Quay Road on Sunday.", "en") == [
        ("detained", "all", 9, None, None, "exact", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eleven protesters were taken to the police station.", "en"),
        ("Одиннадцать протестующих доставлены в отдел полиции.", "ru"),
        ("В отдел полиции были доставлены одиннадцать протестующих.", "ru"),
        ("On bir etirazçı polis şöbəsinə gətirilib.", "az"),
    ],
)
def test_persons_brought_to_a_police_station_are_detained(text, language):
    assert figures(text, language) == [("detained", "all", 11, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Four teachers were killed and 12 were wounded in the raid.", "en"),
        ("Четверо учителей погибли, ещё 12 ранены.", "ru"),
    ],
)
def test_a_bare_count_after_a_free_label_counts_the_same_persons(text, language):
    assert [(c[0], c[1], c[2]) for c in figures(text, language)] == [
        ("killed", "teachers", 4),
        ("injured", "teachers", 12),
    ]


def test_a_trigger_hyphened_to_the_next_word_is_an_adjective():
    assert figures("Some 60 people from the burnt-out quarter were evacuated.", "en") == [
        ("displaced", "all", 60, None, None, "about", None)
    ]


def test_a_count_inside_the_verb_phrase_of_displacement():
    assert figures("The fighting has driven up to 900 people from their homes.", "en") == [
        ("displaced", "all", 900, None, None, "at_most", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dəstə təxminən 500 nəfəri zorla qonşu rayona köçürüb.",
        "Yüzlərlə sakin kəndi tərk edib.",
    ],
)
def test_azerbaijani_forcible_transfer_and_leaving_the_village_are_displacement(text):
    assert [c[0] for c in figures(text, "az")] == ["displaced"]


def test_persons_treated_for_injuries_are_injured():
    assert figures("Thirty workers were treated for cuts and burns at the scene.", "en") == [
        ("injured", "all", 30, None, None, "exact", None)
    ]


def test_a_russian_participle_clause_between_commas_names_what_a_register_counts():
    assert figures("В списке лиц, задержанных в ходе акции, значатся 64 человека.", "ru") == [
        ("detained", "all", 64, None, None, "exact", None)
    ]


def test_a_verb_after_the_count_still_says_what_befell_it():
    assert figures("Из жителей, раненых при обстреле, 5 человек скончались.", "ru") == [
        ("killed", "all", 5, None, None, "exact", None)
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Избиениям и пыткам током подверглись не менее двенадцати из них.",
        "По её словам, пыткам подверглись не менее двенадцати из них.",
    ],
)
def test_a_russian_part_after_its_fronted_predicate_keeps_its_whole(second):
    text = "В подвале удерживали около тридцати фермеров. " + second
    found = figures(text, "ru")
    assert found[0][:3] == ("detained", "all", 30)
    assert (found[1][0], found[1][2], found[1][6]) == ("tortured", 12, 0)


def test_an_azerbaijani_part_with_an_instrument_before_its_verb():
    text = "Təxminən otuz fermer saxlanılırdı. Onlardan səkkizi dəyənək ilə işgəncəyə məruz qalıb."
    assert figures(text, "az") == [
        ("detained", "all", 30, None, None, "about", None),
        ("tortured", "all", 8, None, None, "exact", 0),
    ]


def test_one_of_them_named_by_kin_is_a_person_not_a_count():
    text = "Twelve fishermen, one of them her son, were detained at the pier."
    assert figures(text, "en") == [("detained", "fishermen", 12, None, None, "exact", None)]


def test_russian_persons_who_report_torture_used_on_them_were_tortured():
    assert figures("Девять бывших пленных сообщили о применении к ним пыток.", "ru") == [
        ("tortured", "all", 9, None, None, "exact", None)
    ]


def test_a_part_after_a_verb_of_testimony_keeps_its_whole():
    text = (
        "About sixty villagers were detained. He recalled that at least nine of them were beaten."
    )
    assert figures(text, "en")[1][6] == 0


def test_not_been_heard_from_is_missing():
    assert figures("Five aid workers have not been heard from since March.", "en") == [
        ("missing", "aid workers", 5, None, None, "exact", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two drones hit the depot and 14 workers were wounded.", "en"),
        ("Four buses were burned and 14 workers were wounded.", "en"),
        ("Два беспилотника попали в склад, ранены 14 рабочих.", "ru"),
        ("Сожжены четыре автобуса, ранены 14 рабочих.", "ru"),
        ("Dörd avtobus yandırılıb, 14 fəhlə yaralanıb.", "az"),
    ],
)
def test_weapons_and_vehicles_are_things_not_persons(text, language):
    assert categories(text, language) == [("injured", 14)]


def test_vehicles_do_not_hide_the_persons_counted_beside_them():
    text = "Two drivers and their passengers were wounded when the cars were hit."
    assert categories(text, "en") == [("injured", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Nine people died when a three-storey house collapsed.",
        "Nine people died in a two-day siege of the village.",
    ],
)
def test_a_number_in_words_hyphened_onto_a_word_is_an_adjective(text):
    assert categories(text, "en") == [("killed", 9)]


def test_a_fraction_in_words_is_no_count_of_its_own():
    assert categories("Two-thirds of the 90 detainees were beaten.", "en") == [("detained", 90)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some forty fishermen were led away by gunmen, and their fate is unknown.", "en"),
        ("Some forty fishermen were led away by gunmen. Their whereabouts are unknown.", "en"),
        ("Около сорока рыбаков увели боевики, и их судьба неизвестна.", "ru"),
        ("Около сорока рыбаков увели боевики. Их судьба до сих пор неизвестна.", "ru"),
        ("Təxminən qırx balıqçını silahlılar aparıb. Onların taleyi hələ də məlum deyil.", "az"),
    ],
)
def test_a_pronoun_whose_fate_is_unknown_makes_the_persons_before_it_missing(text, language):
    assert [(c[0], c[2], c[5]) for c in figures(text, language)] == [("missing", 40, "about")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The clause has no pronoun: it speaks of someone else.
        ("Some forty fishermen were led away. The fate of the captain is unknown.", "en"),
        ("Около сорока рыбаков увели. Судьба капитана неизвестна.", "ru"),
        # Things counted before the pronoun are not persons whose fate is unknown.
        ("Gunmen searched forty houses, and their fate is unknown.", "en"),
    ],
)
def test_a_fate_unknown_without_a_pronoun_or_persons_gives_no_figure(text, language):
    assert figures(text, language) == []


def test_a_count_whose_verb_bound_keeps_it_when_its_fate_is_unknown():
    # The pronoun's clause does not make them missing; persons detained whose fate is then
    # unknown are disappeared (``disappearances``).
    text = "Twelve farmers were detained, and their fate is unknown."
    assert categories(text, "en") == [("disappeared", 12)]


@pytest.mark.parametrize(
    ("text", "language", "subgroup"),
    [
        ("About forty villagers were detained. Nine of them were over 70.", "en", "elderly"),
        ("About forty villagers were detained. Nine of them were under 16.", "en", "children"),
        ("About forty villagers were detained. Nine of them were over 30.", "en", "all"),
        ("Задержаны около сорока сельчан. Девять из них были старше 70 лет.", "ru", "elderly"),
        ("Задержаны около сорока сельчан. Девять из них были старше 30 лет.", "ru", "all"),
        (
            "Təxminən qırx kəndli saxlanılıb. Onlardan doqquzu 70 yaşdan yuxarı idi.",
            "az",
            "elderly",
        ),
        ("Təxminən qırx kəndli saxlanılıb. Onlardan doqquzu 30 yaşdan yuxarı idi.", "az", "all"),
    ],
)
def test_the_age_said_of_a_part_is_its_subgroup(text, language, subgroup):
    assert figures(text, language)[1] == ("detained", subgroup, 9, None, None, "exact", 0)


def test_an_english_participle_after_another_noun_describes_that_noun():
    text = "Some 90 members of the choir founded in 1990 were arrested at the border."
    assert figures(text, "en") == [("detained", "all", 90, None, None, "about", None)]


def test_a_participle_after_the_counted_persons_is_theirs():
    text = "Twelve guards brutally beaten by the crowd were taken to hospital."
    assert categories(text, "en") == [("tortured", 12)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said 64 people were detained; observers dispute this figure.", "en"),
        ("Officials said 64 people were detained. Observers dispute this figure.", "en"),
        ("Власти сообщили о 64 задержанных. Наблюдатели оспаривают эту цифру.", "ru"),
        ("Власти заявили, что задержаны 64 человека, но наблюдатели отвергают эти данные.", "ru"),
        (
            "Rəsmilərin sözlərinə görə, 64 nəfər saxlanılıb. Müşahidəçilər bu rəqəmi rədd edir.",
            "az",
        ),
    ],
)
def test_a_figure_rejected_by_a_demonstrative_is_no_claim(text, language):
    assert figures(text, language) == []


def test_only_the_figure_just_before_the_rejection_is_rejected():
    text = (
        "Two guards were injured in the morning, and officials said 64 people were detained; "
        "observers dispute this figure."
    )
    assert categories(text, "en") == [("injured", 2)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said 64 people were detained. Observers dispute the charges.", "en"),
        ("Власти сообщили о 64 задержанных. Наблюдатели оспаривают обвинения.", "ru"),
    ],
)
def test_disputing_something_else_keeps_the_figure(text, language):
    assert categories(text, language) == [("detained", 64)]


def test_a_relative_clause_with_that_is_what_befell_the_counted_persons():
    text = "Ten of the 80 villagers that the soldiers abducted remain missing."
    assert figures(text, "en") == [
        ("missing", "all", 10, None, None, "exact", 1),
        ("captured", "all", 80, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About forty teachers were held at the depot. Three of the teachers have not "
            "been heard from since.",
            "en",
        ),
        (
            "Около сорока учителей удерживали на складе. Трое из этих учителей до сих пор "
            "пропали без вести.",
            "ru",
        ),
        ("Təxminən qırx müəllim anbarda saxlanılıb. Müəllimlərdən üçü itkin düşüb.", "az"),
    ],
)
def test_a_part_named_by_the_noun_of_an_earlier_count_is_its_part(text, language):
    assert [(c[0], c[2], c[6]) for c in figures(text, language)] == [
        ("detained", 40, None),
        ("missing", 3, 0),
    ]


def test_a_part_named_by_another_noun_is_not_that_counts_part():
    text = "About forty teachers were held at the depot. Three of the guards were injured."
    assert [(c[0], c[2], c[6]) for c in figures(text, "en")] == [
        ("detained", 40, None),
        ("injured", 3, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В ангаре удерживали около сорока рабочих. Побоям подверглись не менее десяти из них, "
            "а трое умерли.",
            "ru",
        ),
        (
            "About forty workers were detained. At least ten of them were beaten, and three died.",
            "en",
        ),
    ],
)
def test_a_bare_count_after_a_part_is_a_part_of_the_same_whole(text, language):
    assert [(c[0], c[2], c[6]) for c in figures(text, language)] == [
        ("detained", 40, None),
        ("tortured", 10, 0),
        ("killed", 3, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В ангаре удерживали около сорока рабочих. Побоям подверглись не менее десяти из них, "
            "а трое охранников были ранены.",
            "ru",
        ),
        (
            "About forty workers were detained. At least ten of them were beaten, and three "
            "guards were injured.",
            "en",
        ),
    ],
)
def test_a_count_after_a_part_that_names_other_persons_is_no_part(text, language):
    assert [(c[0], c[2], c[6]) for c in figures(text, language)][2] == ("injured", 3, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Shelling of three villages killed 40 people. In Ostrov, 22 people died; in Lipa, "
            "11; in Brod, seven.",
            "en",
        ),
        (
            "Обстрелы трёх сёл унесли жизни 40 человек. В Озёрном погибли 22 человека, в "
            "Лесном — 11, в Горках — семеро.",
            "ru",
        ),
        (
            "Üç kəndin atəşə tutulması nəticəsində 40 nəfər həlak olub. Qaraçay kəndində 22 "
            "nəfər həlak olub, Laçında isə 11 nəfər, Yuxarı Oba kəndində yeddi nəfər həlak olub.",
            "az",
        ),
    ],
)
def test_figures_set_each_in_a_place_break_down_the_total_before_them(text, language):
    assert [(c[0], c[2], c[6]) for c in figures(text, language)] == [
        ("killed", 40, None),
        ("killed", 22, 0),
        ("killed", 11, 0),
        ("killed", 7, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # More than the total: not its parts.
        ("Shelling killed 20 people. In Ostrov, 22 people died; in Lipa, 11.", "en"),
        ("Обстрелы унесли жизни 20 человек. В Озёрном погибли 22 человека, в Лесном — 11.", "ru"),
        # One place only: it may be another event.
        ("Shelling killed 40 people. In Ostrov, 22 people died.", "en"),
        # Months and hours are no places.
        ("In March, 40 people were killed. In April, 22 died; in May, 11.", "en"),
        (
            "Gecə 40 nəfər həlak olub. Gecə saatlarında 22 nəfər, səhər saatlarında 11 nəfər həlak olub.",
            "az",
        ),
    ],
)
def test_no_breakdown_by_place_without_two_places_within_the_total(text, language):
    assert all(c[6] is None for c in figures(text, language))


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("The fighting killed 300 soldiers last year.", "servicemen"),
        ("Police detained 40 protesters last week.", "all"),
    ],
)
def test_a_time_after_the_counted_noun_does_not_make_the_count_a_measure(text, subgroup):
    assert [(c[0], c[1]) for c in figures(text, "en")] == [
        ("killed" if "killed" in text else "detained", subgroup)
    ]


def test_a_measure_right_after_the_number_is_still_a_measure():
    assert figures("The siege lasted 40 days.", "en") == []


def test_figures_set_in_places_are_no_parts_of_a_total_of_other_persons():
    text = "Fighting killed 300 soldiers last year. In Orsk, 19 people died; in Lamm, 12."
    assert [(c[1], c[2], c[6]) for c in figures(text, "en")] == [
        ("servicemen", 300, None),
        ("all", 19, None),
        ("all", 12, None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ночью сгорели 12 домов и два автомобиля.", "ru", [("property_destroyed", 12)]),
        ("В доме сгорели двое детей.", "ru", [("killed", 2)]),
        ("Gecə kənddə 12 ev yanıb.", "az", [("property_destroyed", 12)]),
    ],
)
def test_burning_down_destroys_things_and_kills_persons(text, language, expected):
    assert categories(text, language) == expected


def test_an_azerbaijani_adverb_in_a_locative_form_is_no_place():
    text = "Gecə 40 nəfər həlak olub. Hazırda 22 nəfər, Burada isə 11 nəfər həlak olub."
    assert all(c[6] is None for c in figures(text, "az"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said 64 people had been detained, a figure which observers dispute.", "en"),
        (
            "Nazirlik 64 nəfərin saxlanıldığını bildirib, müşahidəçilər isə bu rəqəmi rədd edir.",
            "az",
        ),
    ],
)
def test_a_rejection_later_in_the_clause_rejects_the_figure_before_it(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen led away some forty fishermen. Nothing has been heard of them since.", "en"),
        ("Боевики увели около сорока рыбаков. С тех пор о них ничего не известно.", "ru"),
    ],
)
def test_no_word_of_them_since_is_missing(text, language):
    assert [(c[0], c[2]) for c in figures(text, language)] == [("missing", 40)]


def test_no_news_of_the_taken_since_in_azerbaijani_is_a_disappearance():
    # "O vaxtdan onlardan xəbər yoxdur" after a taking is read as the sets' Azerbaijani
    # statements read it: led away unseen (``led_away_unseen``).
    text = "Silahlılar təxminən qırx balıqçını aparıb. O vaxtdan onlardan xəbər yoxdur."
    assert [(c[0], c[2]) for c in figures(text, "az")] == [("disappeared", 40)]


def test_no_word_of_others_says_nothing_of_the_persons_counted():
    text = "Gunmen led away some forty fishermen. Nothing has been heard of the gunmen since."
    assert figures(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The mission could not confirm reports that 90 people had been killed.", "en"),
        ("Миссия не смогла подтвердить сообщения о гибели 90 человек.", "ru"),
        ("Missiya 90 nəfərin öldürülməsi barədə xəbərləri təsdiq edə bilməyib.", "az"),
    ],
)
def test_a_figure_the_text_could_not_confirm_is_no_claim(text, language):
    assert figures(text, language) == []


def test_a_figure_the_text_confirms_is_a_claim():
    assert categories("The mission confirmed that 90 people had been killed.", "en") == [
        ("killed", 90)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two helicopters and a boat were destroyed.", "en"),
        ("Уничтожены два вертолёта и катер.", "ru"),
        ("İki helikopter və bir qayıq məhv edilib.", "az"),
    ],
)
def test_aircraft_and_boats_are_things(text, language):
    assert figures(text, language) == []


def test_russian_prisoners_are_detained_and_a_whole_of_their_part():
    assert figures("Из 900 заключённых колонии не менее 200 подвергались пыткам.", "ru") == [
        ("detained", "all", 900, None, None, "exact", None),
        ("tortured", "all", 200, None, None, "at_least", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rebels say they killed 150 guards. The army called the figure a fabrication.", "en"),
        ("Повстанцы заявили, что убили 150 охранников. Армия назвала эти данные вымыслом.", "ru"),
    ],
)
def test_a_figure_called_a_fabrication_is_no_claim(text, language):
    assert figures(text, language) == []


def test_a_figure_restated_by_others_is_kept():
    text = "The ministry reported 45 deaths. Monitors put the figure at over 120."
    assert categories(text, "en") == [("killed", 45), ("killed", 120)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Local media reported that 15 guards were killed, but this report has not been confirmed.",
            "en",
        ),
        (
            "Local media reported that 15 guards were killed. These reports have not been confirmed.",
            "en",
        ),
        ("СМИ сообщили о гибели 15 охранников, однако эти сведения не подтвердились.", "ru"),
        ("KİV 15 mühafizəçinin həlak olduğunu yazıb, lakin bu məlumat təsdiqini tapmayıb.", "az"),
    ],
)
def test_a_figure_whose_report_is_said_unconfirmed_is_no_claim(text, language):
    assert figures(text, language) == []


def test_only_the_reported_figure_is_unconfirmed():
    text = (
        "Two guards were wounded on Monday, and local media reported that 15 people were "
        "killed, but this report has not been confirmed."
    )
    assert categories(text, "en") == [("injured", 2)]


def test_a_report_said_confirmed_keeps_its_figure():
    text = "Local media reported that 15 guards were killed, and this report has been confirmed."
    assert categories(text, "en") == [("killed", 15)]


@pytest.mark.parametrize(
    "text",
    [
        "Ötən il 60 nəfər itkin düşüb, onların 9-nun meyiti sonradan tapılıb.",
        "Ötən il 60 nəfər itkin düşüb, onların doqquzunun meyiti sonradan tapılıb.",
    ],
)
def test_an_azerbaijani_genitive_pronoun_before_a_possessed_number_takes_a_part(text):
    assert [(c[0], c[2], c[6]) for c in figures(text, "az")] == [
        ("missing", 60, None),
        ("found_dead", 9, 0),
    ]


def test_an_azerbaijani_genitive_pronoun_before_a_plain_number_counts_others():
    text = "Polis beş nəfəri saxlayıb, onların 3 uşağı da yaralanıb."
    assert [(c[0], c[2], c[6]) for c in figures(text, "az")] == [
        ("detained", 5, None),
        ("injured", 3, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 70 prisoners were subjected to cruel treatment.", "en"),
        ("Около 70 заключённых подверглись жестокому обращению.", "ru"),
        ("Təxminən 70 məhbus qəddar rəftara məruz qalıb.", "az"),
    ],
)
def test_cruel_or_inhuman_treatment_is_counted_as_ill_treatment(text, language):
    assert categories(text, language) == [("tortured", 70)]


def test_an_azerbaijani_part_with_the_copula_keeps_its_own_predicate():
    text = "Gecə 60 sakin həlak olub, onlardan 9-u uşaqdır, 140 nəfər yaralanıb, onlardan 20-si qadındır."
    assert [(c[0], c[1], c[2], c[6]) for c in figures(text, "az")] == [
        ("killed", "all", 60, None),
        ("killed", "children", 9, 0),
        ("injured", "all", 140, None),
        ("injured", "women", 20, 2),
    ]


def test_azerbaijani_counts_without_the_copula_share_the_verb_after_them():
    assert categories("Gecə 9 uşaq və 20 qadın yaralanıb.", "az") == [
        ("injured", 9),
        ("injured", 20),
    ]


def test_a_russian_verb_before_the_count_wins_over_one_past_its_list_of_parts():
    text = "Погибли 60 человек, из них 9 — дети, ранены 140 человек."
    assert [(c[0], c[2], c[6]) for c in figures(text, "ru")] == [
        ("killed", 60, None),
        ("killed", 9, 0),
        ("injured", 140, None),
    ]


def test_a_verb_after_a_list_of_parts_is_the_counts_when_none_precedes():
    text = "По данным полиции, 60 человек, в том числе 9 детей, погибли."
    assert [(c[0], c[2], c[6]) for c in figures(text, "ru")] == [
        ("killed", 60, None),
        ("killed", 9, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Four grain silos and two ferries were destroyed.", "en"),
        ("Разрушены четыре элеватора и два парома.", "ru"),
        ("Dörd taxıl anbarı və iki bərə dağıdılıb.", "az"),
        ("Six of the 20 buses were set on fire.", "en"),
        ("Шесть из 20 автобусов сожжены.", "ru"),
    ],
)
def test_things_the_lexicon_does_not_know_are_not_killed_when_destroyed(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen killed 30 Kurds.", "en"),
        ("Боевики убили 30 курдов.", "ru"),
    ],
)
def test_persons_the_lexicon_does_not_know_are_still_killed(text, language):
    assert categories(text, language) == [("killed", 30)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The raid killed 300 sheep and 40 cows.", "en"),
        ("Во время налёта погибли 300 овец и 40 коров.", "ru"),
        ("Hücum zamanı 300 qoyun və 40 inək tələf olub.", "az"),
    ],
)
def test_animals_are_not_persons(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 1989 census recorded 7,000 inhabitants. Their fate remains unknown.", "en"),
        ("По переписи 1989 года в селе проживали 7000 человек. Их судьба неизвестна.", "ru"),
        ("Kənddə 7000 nəfər yaşayırdı. Onların taleyi məlum deyil.", "az"),
    ],
)
def test_a_population_whose_fate_is_unknown_is_no_figure(text, language):
    assert figures(text, language) == []


# --- Rules added when the sealed set (written without the reader's code) was read.


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bloggers claim 90 prisoners died. Officials: that figure is wrong.", "en"),
        ("Bloggers claim 90 prisoners died. Is this so? No, those numbers are exaggerated.", "en"),
        (
            "Блогеры пишут о 90 погибших. Так ли это? Нет, эта цифра не соответствует действительности.",
            "ru",
        ),
        ("Bloqerlər 90 nəfərin öldüyünü yazır. Xeyr, bu rəqəm həqiqəti əks etdirmir.", "az"),
    ],
)
def test_a_figure_called_wrong_by_a_demonstrative_subject_is_no_claim(text, language):
    assert figures(text, language) == []


def test_a_figure_called_wrong_leaves_the_later_figures():
    text = "Bloggers claim 90 prisoners died. That figure is not accurate; 11 died in May."
    assert categories(text, "en") == [("killed", 11)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The shell hit a bakery, but nobody was killed or wounded.", "en"),
        ("Снаряд попал в пекарню, но никто не погиб и не был ранен.", "ru"),
        ("Mərmi çörəkxanaya düşüb, lakin heç kim həlak olmayıb və yaralanmayıb.", "az"),
    ],
)
def test_none_is_the_subject_of_each_coordinated_predicate(text, language):
    assert categories(text, language) == [("killed", 0), ("injured", 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nobody was killed, and three were wounded.", "en"),
        ("Никто не погиб, и трое были ранены.", "ru"),
    ],
)
def test_a_coordinated_predicate_with_its_own_count_keeps_it(text, language):
    assert categories(text, language) == [("killed", 0), ("injured", 3)]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Masked men drove nine farmers to an unknown destination.", "en", "disappeared"),
        (
            "Ночью из деревни в неизвестном направлении увезли девятерых фермеров.",
            "ru",
            "disappeared",
        ),
        ("Gecə doqquz fermeri naməlum istiqamətə aparıblar.", "az", "disappeared"),
        ("Из посёлка за сутки вывезены 800 жителей.", "ru", "displaced"),
        ("Отряд незаконно лишил свободы девятерых фермеров.", "ru", "detained"),
        ("Остальные 9 доставлены в изолятор временного содержания.", "ru", "detained"),
        ("С начала года из плена удалось вернуть 90 человек.", "ru", "released"),
        ("Üç ailə tamamilə məhv olub.", "az", "families_wiped_out"),
    ],
)
def test_vocabulary_of_the_sealed_set(text, language, category):
    assert [c for c, _ in categories(text, language)] == [category]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Up to nine people are thought to be under the rubble of the bakery.", "en"),
        ("Под завалами пекарни, по данным спасателей, остаются 7–9 человек.", "ru"),
        ("Çörəkxananın dağıntıları altında 7-9 nəfərin qaldığı ehtimal olunur.", "az"),
    ],
)
def test_persons_under_the_rubble_are_missing(text, language):
    assert [c for c, _ in categories(text, language)] == ["missing"]


def test_bodies_taken_from_under_the_rubble_are_found_dead():
    assert categories("Rescuers pulled 7 bodies from under the rubble.", "en") == [
        ("found_dead", 7)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Погибли, по словам врачей, 12 человек.", "ru", [("killed", 12)]),
        ("Həlak olub, nazirliyin məlumatına görə, 12 nəfər.", "az", [("killed", 12)]),
        # Counter-example: the aside follows another count, whose verb is not this one's.
        (
            "Десятки раненых, говорят, минимум двое погибших.",
            "ru",
            [("injured", None), ("killed", 2)],
        ),
    ],
)
def test_an_aside_saying_whose_words_stands_between_a_verb_and_its_count(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dağıntılar altında 12 nəfər qalıb.", 12),
        # "altısında" is "six of them" in the locative: still a numeral.
        ("Saxlanılanlardan altısında işgəncə izləri var.", 6),
    ],
)
def test_the_postposition_altinda_is_no_numeral(text, count):
    assert [n for _, n in categories(text, "az")] == [count]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд признал недоказанным обвинение в гибели пятерых человек.", "ru"),
        ("The charge of killing five people was found unproven.", "en"),
    ],
)
def test_an_unproven_figure_is_no_claim(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Guards held 60 villagers. Of these, 25 reported being beaten during the long night "
            "interrogations, and 7 remain unaccounted for.",
            "en",
        ),
        (
            "Охрана удерживала 60 сельчан. Из них 25 рассказали об избиениях во время долгих "
            "ночных допросов, а 7 до сих пор считаются пропавшими без вести.",
            "ru",
        ),
    ],
)
def test_a_bare_number_opening_the_next_coordinate_clause_is_a_part_too(text, language):
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, language)][1:] == [
        ("tortured", 25, 0),
        ("missing", 7, 0),
    ]


def test_a_count_with_its_own_noun_in_the_next_clause_names_others():
    text = (
        "Guards held 60 villagers. Of these, 25 reported being beaten during the long night "
        "interrogations, and 7 soldiers were wounded."
    )
    assert [p for *_, p in figures(text, "en")] == [None, 0, None]


def test_a_hedged_copula_names_the_subgroup_of_a_part():
    text = "About 500 villagers were expelled. Some 70 of them are thought to be children."
    assert figures(text, "en")[1] == ("displaced", "children", 70, None, None, "about", 0)


def test_a_hedged_verb_of_its_own_is_no_copula():
    text = "Officials detained 80 men. Nine of them were later charged."
    assert categories(text, "en") == [("detained", 80)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Divers recovered 52 bodies from the lake. Of the 52, 30 have been identified.", "en"),
        ("Водолазы извлекли из озера 52 тела. Из этих 52 опознаны 30.", "ru"),
        # The persons named again: victims, or the noun of the earlier count.
        ("Divers recovered 52 bodies from the lake. Of the 52 victims, 30 have been identified.",
         "en"),
        ("Divers recovered 52 bodies from the lake. Of the 52 bodies, 30 have been identified.",
         "en"),
    ],
)  # fmt: skip
def test_a_definite_whole_repeating_an_earlier_count_is_that_figure(text, language):
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, language)] == [
        ("found_dead", 52, None),
        ("identified", 30, 0),
    ]


def test_a_definite_whole_with_a_count_of_its_own_is_a_figure():
    text = "Police killed 38 people. Of the 40 detainees, 21 were released."
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, "en")] == [
        ("killed", 38, None),
        ("detained", 40, None),
        ("released", 21, 1),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 900 people died and 1,800 were hurt. Monitors confirmed 410 of these deaths.", "en"),
        ("Погибли 900 человек, ранены 1 800. Наблюдатели подтвердили 410 из этих смертей.", "ru"),
    ],
)
def test_a_part_of_acts_named_with_a_demonstrative_is_part_of_that_acts_figure(text, language):
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, language)][2] == ("killed", 410, 0)


def test_a_verb_after_of_whom_is_the_parts_own():
    text = "Отряд удерживал в подвале 30 человек, пятеро из которых скончались."
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, "ru")] == [
        ("detained", 30, None),
        ("killed", 5, 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Köçürülən sakinlər iki idman zalında yerləşdirilib.",
        "Təxliyə edilənlər dörd çadırda yerləşdirilib.",
    ],
)
def test_a_count_of_places_in_the_locative_is_no_count_of_persons(text):
    assert figures(text, "az") == []


def test_a_count_of_persons_after_a_place_in_the_locative_is_still_counted():
    assert categories("İki kənddə 40 nəfər həlak olub.", "az") == [("killed", 40)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("İki məzarlıqdan 30 nəfərin qalıqları çıxarılıb. Onlardan 8-i uşaqdır.", "az"),
    ],
)
def test_the_things_persons_were_taken_from_are_no_whole_of_them(text, language):
    assert [(c, s, n, p) for c, s, n, _, _, _, p in figures(text, language)] == [
        ("burial_sites", "all", 2, None),
        ("found_dead", "all", 30, None),
        ("found_dead", "children", 8, 1),
    ]


def test_a_genitive_participle_before_a_possessive_part_names_its_whole():
    text = "Hücumda 80 nəfər həlak olub. Həlak olanların 12-si uşaq, 20-si qadındır."
    assert [(c, s, n, p) for c, s, n, _, _, _, p in figures(text, "az")] == [
        ("killed", "all", 80, None),
        ("killed", "children", 12, 0),
        ("killed", "women", 20, 0),
    ]


def test_a_genitive_participle_before_a_number_without_possessive_is_no_whole():
    # "their 3 children": the number, with no possessive ending, counts others.
    text = "Hücumda 80 nəfər həlak olub. Həlak olanların 3 uşağı qalıb."
    assert figures(text, "az")[-1][-1] is None


def test_bodies_in_the_ablative_name_the_whole_of_a_part():
    text = "Çayın sahilində 11 nəfərin meyiti tapılıb. Meyitlərdən dördünün üzərində işgəncə izləri var."
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, "az")] == [
        ("found_dead", 11, None),
        ("tortured", 4, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("На телах пятерых из них выявлены следы пыток.", "ru"),
        ("У семерых задержанных выявлены следы пыток.", "ru"),
    ],
)
def test_traces_of_torture_detected_say_torture(text, language):
    assert [c for c, _ in categories(text, language)] == ["tortured"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Из плена вернулись 40 военнослужащих и 9 гражданских лиц. "
            "Среди гражданских — трое учителей.",
            "ru",
        ),
        (
            "Əsirlikdən 40 hərbçi və 9 mülki şəxs qaytarılıb. "
            "Qaytarılan mülki şəxslər arasında üç müəllim var.",
            "az",
        ),
        (
            "Forty soldiers and 9 civilians were released. Among the civilians were three teachers.",
            "en",
        ),
    ],
)
def test_a_part_among_persons_named_as_an_earlier_figure_is_its_part(text, language):
    assert [(s, n, p) for _, s, n, _, _, _, p in figures(text, language)][-1] == (
        "teachers",
        3,
        1,
    )


def test_a_part_among_persons_no_figure_named_stays_on_its_own():
    text = "Из плена вернулись 40 военнослужащих. Среди гражданских — трое раненых."
    assert figures(text, "ru")[-1][-1] is None


def test_a_part_among_named_persons_is_never_larger_than_they():
    text = "Из плена вернулись 9 гражданских лиц. Среди гражданских 30 учителей погибли."
    assert all(p is None for *_, p in figures(text, "ru"))


def test_a_number_with_its_noun_after_a_dash_keeps_its_own_noun():
    # The figure is split into its servicemen and its civilians: each part names its group.
    text = "Пропали без вести 900 человек, из них 700 — военнослужащие и 200 — гражданские лица."
    assert [s for _, s, *_ in figures(text, "ru")] == ["all", "servicemen", "civilians"]


def test_male_and_female_as_predicates_are_subgroups_with_the_copula_left_out():
    text = "Divers recovered 30 bodies from two wells; 21 were male and 9 female."
    assert [(c, s, n, p) for c, s, n, _, _, _, p in figures(text, "en")] == [
        ("found_dead", "all", 30, None),
        ("found_dead", "men", 21, 0),
        ("found_dead", "women", 9, 0),
    ]


def test_a_subgroup_predicate_takes_no_verb_from_the_next_count():
    # (The bare "6 have been identified" is of the bodies recovered: identified_of_the_found.)
    text = "Divers recovered 30 bodies; 21 were male, and 6 have been identified."
    assert [(c, s, n, p) for c, s, n, _, _, _, p in figures(text, "en")] == [
        ("found_dead", "all", 30, None),
        ("found_dead", "men", 21, 0),
        ("identified", "all", 6, 0),
    ]


def test_female_before_a_noun_is_no_subgroup_of_its_own():
    assert figures("Police detained 12 female students.", "en")[0][1] == "students"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Officials say 50 people have disappeared, while monitors have documented 120 "
            "cases, including 9 teachers.",
            "en",
        ),
        (
            "Власти говорят о 50 исчезнувших, а наблюдатели подтвердили 120 таких случаев, "
            "в том числе 9 учителей.",
            "ru",
        ),
    ],
)
def test_cases_naming_no_act_are_cases_of_the_fate_counted_before(text, language):
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, language)] == [
        ("disappeared", 50, None),
        ("disappeared", 120, None),
        ("disappeared", 9, 1),
    ]


def test_cases_with_no_figure_before_them_are_no_claim():
    assert figures("Lawyers have documented 238 cases.", "en") == []


def test_cases_of_an_act_of_their_own_keep_it():
    text = "Officials say 50 people have disappeared; monitors documented 31 cases of torture."
    assert categories(text, "en") == [("disappeared", 50), ("tortured", 31)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("During the shelling 60 pupils were moved to the basement.", "en"),
        ("Во время обстрела 60 учеников эвакуировали в подвал.", "ru"),
        ("Atəş zamanı 60 şagird zirzəmiyə köçürülüb.", "az"),
    ],
)
def test_a_move_into_the_basement_is_no_displacement(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("After the shelling 60 residents were evacuated from the basement.", "en"),
        ("После обстрела из подвала эвакуировали 60 жителей.", "ru"),
        ("Atəşdən sonra zirzəmidən 60 sakin təxliyə edilib.", "az"),
    ],
)
def test_a_move_out_of_the_basement_is_still_an_evacuation(text, language):
    assert categories(text, language) == [("displaced", 60)]


def test_one_after_a_semicolon_is_one_of_the_persons_counted_before():
    text = "Three nurses were detained; one was released on Monday."
    assert figures(text, "en") == [
        ("detained", "medical workers", 3, None, None, "exact", None),
        ("released", "medical workers", 1, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three nurses are still being held; one was released on Monday.", "en"),
        ("Шестеро медиков до сих пор удерживаются. Двое были освобождены в понедельник.", "ru"),
    ],
)
def test_those_released_are_not_among_those_still_held(text, language):
    assert [p for *_, p in figures(text, language)] == [None, None]


def test_those_released_are_among_those_held_when_not_said_to_be_held_still():
    text = "Шестеро медиков были задержаны. Двое были освобождены в понедельник."
    assert [p for *_, p in figures(text, "ru")] == [None, 0]


def test_never_been_seen_again_is_missing():
    assert categories("Five fishermen have never been seen again.", "en") == [("missing", 5)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Relatives say 52 villagers are still being sought.", "en"),
        ("The tracing office lists 52 persons still sought after the floods.", "en"),
        ("Безвестно отсутствующими признаны 52 жителя посёлка.", "ru"),
        ("В базе разыскиваемых находятся 52 жителя посёлка.", "ru"),
        ("Kənddən 52 nəfər hələ də axtarışdadır.", "az"),
        ("Axtarışda olan 52 sakinin yaxınları məlumat gözləyir.", "az"),
    ],
)
def test_persons_still_sought_are_missing(text, language):
    assert ("missing", 52) in categories(text, language)


def test_someone_sought_without_still_is_not_missing():
    assert read_statement("Police sought 52 suspects for questioning.", "en").claims == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 14 households nobody survived the night of the raid.", "en"),
        ("No family member survived in 14 families from the upper street.", "en"),
        ("В 14 семьях никто не уцелел после налёта.", "ru"),
        ("После налёта в 14 семьях не выжил никто.", "ru"),
    ],
)
def test_no_survivor_said_of_families_is_a_family_lost(text, language):
    assert ("families_wiped_out", 14) in categories(text, language)


def test_a_phrase_written_with_a_hyphen_matches_its_hyphenated_spelling():
    text = "Hücum zamanı kənddə 9 ev yerlə-yeksan olunub."
    assert ("property_destroyed", 9) in categories(text, "az")


def test_a_also_joins_a_list_of_counts():
    text = "Сгорели 30 домов, а также 2 школы и 1 мечеть."
    assert figures(text, "ru") == [
        ("property_destroyed", "homes", 30, None, None, "exact", None),
        ("property_destroyed", "schools", 2, None, None, "exact", None),
        ("property_destroyed", "places of worship", 1, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("The register of refugees lists 640 people in the camp.", "en", "displaced"),
        ("В базе беженцев значатся 640 человек.", "ru", "displaced"),
        ("В списке заложников остаются 640 человек.", "ru", "captured"),
    ],
)
def test_a_register_names_what_its_entries_are(text, language, category):
    assert (category, 640) in categories(text, language)


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("By June, 640 people had been recorded as refugees in the district.", "en", "displaced"),
        ("Qaçqın kimi uçota alınan 640 nəfər yardım alır.", "az", "displaced"),
        ("Girov kimi qeydə alınmış şəxslərin sayı 640 nəfərdir.", "az", "captured"),
    ],
)
def test_persons_counted_as_a_noun_that_carries_a_category_take_it(text, language, category):
    assert (category, 640) in categories(text, language)


def test_an_azerbaijani_age_predicate_after_the_topic_particle():
    text = "Şəhərdə 900 nəfər yaralanıb, onlardan 120-si isə 60 yaşdan yuxarıdır."
    assert figures(text, "az") == [
        ("injured", "all", 900, None, None, "exact", None),
        ("injured", "elderly", 120, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The toll of 80 villagers killed that the rebels give is a fabrication.", "en"),
        ("Rebels say 80 villagers were killed. That figure is made up.", "en"),
        ("Следствие не обнаружило доказательств гибели 80 сельчан.", "ru"),
        ("Слухи о гибели 80 сельчан прокуратура считает недостоверными.", "ru"),
        ("80 kəndlinin güllələndiyi barədə xəbərlər uydurmadır.", "az"),
        ("Bəzi saytlar 80 kəndlinin öldüyünü yazır. Bu rəqəm tamamilə yalandır.", "az"),
    ],
)
def test_a_figure_called_invented_or_without_evidence_is_no_claim(text, language):
    assert read_statement(text, language).claims == ()


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Last week 26 farmers held by the militia were set free.", "en", "released"),
        ("After the raid, 26 women detained at the market were beaten.", "en", "tortured"),
        ("Вчера боевики отпустили после переговоров 26 удерживаемых фермеров.", "ru", "released"),
    ],
)
def test_a_participle_of_the_counted_persons_yields_to_the_verb_of_what_befell_them(
    text, language, category
):
    assert (category, 26) in categories(text, language)


def test_the_whole_of_a_part_keeps_its_participle():
    text = "Ten of the 80 farmers taken hostage in the raid remain missing."
    assert figures(text, "en") == [
        ("missing", "all", 10, None, None, "exact", 1),
        ("captured", "all", 80, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "subgroup"),
    [
        ("Nine volunteers were detained at the bridge.", "en", "volunteers"),
        ("Nine rights defenders were detained at the bridge.", "en", "human rights defenders"),
        ("No prison guards were injured in the riot.", "en", "prison staff"),
        ("У моста задержаны девять волонтёров.", "ru", "volunteers"),
        ("У моста задержаны девять правозащитников.", "ru", "human rights defenders"),
        ("У моста задержаны две журналистки.", "ru", "journalists"),
        ("Körpünün yanında doqquz könüllü saxlanılıb.", "az", "volunteers"),
    ],
)
def test_groups_named_by_role_are_labels(text, language, subgroup):
    assert subgroup in [c.subgroup for c in read_statement(text, language).claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shelling damaged or destroyed 6 health facilities in the district.", "en"),
        ("В районе разрушены 6 медицинских учреждений.", "ru"),
        ("Rayonda 6 tibb müəssisəsi dağıdılıb.", "az"),
    ],
)
def test_a_health_facility_is_kept_as_the_broader_kind(text, language):
    assert "health facilities" in [c.subgroup for c in read_statement(text, language).claims]


def test_a_part_of_a_possessed_group_with_no_number_counts_that_group():
    text = "Two of their teachers were abducted on the way home."
    assert [c.subgroup for c in read_statement(text, "en").claims] == ["teachers"]


def test_remains_brought_out_in_the_active_voice_are_persons_found_dead():
    text = "Axtarış qrupu quyudan 11 nəfərin qalıqlarını çıxarıb."
    assert ("found_dead", 11) in categories(text, "az")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Divers recovered the bodies of 30 people. The first autopsies indicate 9 women among "
         "them.", "en"),
        ("Из реки извлечены тела 30 человек. Экспертиза установила, что среди них 9 женщин.",
         "ru"),
        ("Çaydan 30 nəfərin meyiti çıxarılıb. Ekspertizanın rəyinə görə, onlardan 9-u qadındır.",
         "az"),
    ],
)  # fmt: skip
def test_the_findings_of_an_examination_do_not_cut_a_part_from_its_whole(text, language):
    assert figures(text, language)[1] == ("found_dead", "women", 9, None, None, "exact", 0)


def test_among_them_after_a_list_takes_the_whole_list():
    text = "Police detained 40 people on Sunday. There were 12 women and 9 juveniles among them."
    assert figures(text, "en") == [
        ("detained", "all", 40, None, None, "exact", None),
        ("detained", "women", 12, None, None, "exact", 0),
        ("detained", "children", 9, None, None, "exact", 0),
    ]


def test_the_first_side_of_a_measure_is_a_measure():
    text = (
        "The remains of 14 people were found in a pit, which measured 3 by 4 metres. "
        "There were 9 women among them."
    )
    assert figures(text, "en") == [
        ("found_dead", "all", 14, None, None, "exact", None),
        ("found_dead", "women", 9, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged 6 guards with the torture of inmates.",
        "Six guards have been indicted for the killing of inmates.",
    ],
)
def test_persons_prosecuted_for_an_act_are_not_its_victims(text):
    assert read_statement(text, "en").claims == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Следователи предъявили обвинение 6 бывшим полицейским в пытках задержанных.", "ru"),
        ("Суд осудил 6 полицейских за избиение задержанных.", "ru"),
        ("Məhkəmə 6 nəzarətçini işgəncə verməkdə təqsirli bilib və məhkum edib.", "az"),
        ("6 nəzarətçi məhbuslara işgəncə verməkdə ittiham olunur.", "az"),
    ],
)
def test_persons_prosecuted_for_an_act_are_not_its_victims_in_russian_and_azerbaijani(
    text, language
):
    assert 6 not in [c.count for c in read_statement(text, language).claims]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Задержаны 6 студентов, им предъявлено обвинение.", "ru", "detained"),
        ("6 tələbə saxlanılıb və ittiham olunub.", "az", "detained"),
    ],
)
def test_persons_charged_after_what_befell_them_keep_it(text, language, category):
    assert (category, 6) in categories(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Since May monitors have made 43 visits to detained journalists.", "en"),
        ("С мая мониторы совершили 43 посещения мест лишения свободы.", "ru"),
        ("Komitə həbs yerlərinə 43 səfər edib.", "az"),
        ("Protesters were detained by Unit 43 on Monday.", "en"),
    ],
)
def test_visits_interviews_and_unit_numbers_are_not_persons(text, language):
    assert read_statement(text, language).claims == ()


def test_a_fate_that_remains_unknown_is_missing_past_the_reach_of_its_subject():
    text = "Судьба почти 300 жителей села до сих пор по-прежнему остаётся неизвестной."
    assert ("missing", 300) in categories(text, "ru")


def test_a_russian_noun_before_its_number_says_about_that_many():
    assert figures("В ту ночь погибло человек тридцать.", "ru") == [
        ("killed", "all", 30, None, None, "about", None)
    ]


def test_a_russian_measure_before_its_number_is_a_measure():
    text = "Нас держали в заложниках в подвале недель пять."
    assert [c.count for c in read_statement(text, "ru").claims] == []


def test_a_noun_that_ends_another_count_s_phrase_is_not_inverted():
    text = "Из 50 задержанных активистов 20 освобождены."
    assert ("released", "activists", 20, None, None, "exact", 0) in figures(text, "ru")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Two schools collapsed after the blast.", "en", [("property_destroyed", 2)]),
        ("Two guards collapsed in the heat.", "en", []),
        ("После взрыва обрушились две школы.", "ru", [("property_destroyed", 2)]),
        ("Partlayışdan sonra 2 məktəbin dağıldığı bildirilir.", "az", [("property_destroyed", 2)]),
        ("Meydana toplaşan 200 nəfər dağılıb.", "az", []),
    ],
)
def test_collapsing_is_what_only_things_do(text, language, expected):
    assert categories(text, language) == expected


def test_the_azerbaijani_topic_particle_stands_between_a_part_and_its_noun():
    text = "Hücumda 60 nəfər yaralanıb, onlardan 9-u isə yaşlı insanlardır."
    assert figures(text, "az")[1] == ("injured", "elderly", 9, None, None, "exact", 0)


def test_persons_treated_for_what_harmed_them_are_injured():
    assert categories("Four firefighters were treated at a field post for shock.", "en") == [
        ("injured", 4)
    ]


def test_a_count_with_its_own_verb_after_a_list_of_parts_opens_a_clause():
    text = "Nine people died, including three miners, and 30 were hurt."
    assert figures(text, "en") == [
        ("killed", "all", 9, None, None, "exact", None),
        ("killed", "miners", 3, None, None, "exact", 0),
        ("injured", "all", 30, None, None, "exact", None),
    ]


def test_among_the_disappeared_is_a_partitive_in_russian():
    text = "Правозащитники насчитали 90 случаев исчезновений. Среди исчезнувших 15 студентов."
    assert figures(text, "ru")[1] == ("disappeared", "students", 15, None, None, "exact", 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three of the district's nine hospitals were burned down.", "en"),
        ("Три из девяти больниц района сожжены.", "ru"),
        ("Rayondakı 9 xəstəxanadan 3-ü yandırılıb.", "az"),
        ("Rayondakı doqquz xəstəxananın üçü yandırılıb.", "az"),
    ],
)
def test_a_part_of_things_counts_what_befell_them_and_the_whole_is_their_stock(text, language):
    assert figures(text, language) == [
        ("property_destroyed", "hospitals", 3, None, None, "exact", None)
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Monitors confirmed the killing of 35 farmers held at the depot.", "killed"),
        ("The deal secured the release and repatriation of 35 sailors held at sea.", "released"),
    ],
)
def test_an_act_named_as_a_noun_of_the_count_outranks_a_participle_after_it(text, category):
    assert categories(text, "en") == [(category, 35)]


def test_persons_treated_as_something_are_not_injured():
    assert (
        read_statement("Forty protesters were treated as criminals for a sit-in.", "en").claims
        == ()
    )


def test_persons_charged_with_no_act_of_the_lexicon_keep_what_befell_them():
    assert categories("Police arrested and charged 12 students on Friday.", "en") == [
        ("detained", 12)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("None of the journalists was hurt in the blast.", "en"),
        ("Никто из журналистов при взрыве не пострадал.", "ru"),
        ("Partlayış zamanı jurnalistlərdən heç biri yaralanmayıb.", "az"),
        ("Partlayış zamanı jurnalistlər arasında yaralanan yoxdur.", "az"),
    ],
)
def test_the_group_none_of_whom_befell_an_act_is_the_zero_s_subgroup(text, language):
    assert figures(text, language) == [("injured", "journalists", 0, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The remains of 80 people were exhumed from 6 sites near the river.", "en",
         [("found_dead", 80), ("burial_sites", 6)]),
        ("Останки 80 человек эксгумированы из 6 мест у реки.", "ru",
         [("found_dead", 80), ("burial_sites", 6)]),
        ("Shelling hit 6 sites near the river.", "en", []),
    ],
)  # fmt: skip
def test_places_where_remains_are_found_are_burial_sites(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The militia ordered the burning of 25 houses.", "en", [("property_destroyed", 25)]),
        ("Relatives say 18 bodies were taken to the district morgue.", "en", [("found_dead", 18)]),
        ("В городской морг доставлены 18 тел.", "ru", [("found_dead", 18)]),
        ("Rayon morqa 18 meyit gətirilib.", "az", [("found_dead", 18)]),
        ("Около двух тысяч сельчан покинули долину за неделю.", "ru", [("displaced", 2000)]),
    ],
)
def test_nominal_burning_bodies_brought_to_a_morgue_and_leaving_a_place(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The judge will send a report under Regulation 12 after the deaths.", "en"),
        ("The laboratory holds 900 DNA samples taken from relatives.", "en"),
        ("В лаборатории хранятся 900 образцов ДНК, взятых у родственников.", "ru"),
        ("Laboratoriyada 900-dən çox DNT nümunəsi saxlanılır.", "az"),
        ("Köçkünlər 4 məktəbdə yerləşdirilib.", "az"),
    ],
)
def test_regulations_samples_and_buildings_housing_persons_are_no_figures(text, language):
    assert categories(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Twelve boys under 18 were abducted from the school.", "en",
         [("captured", "children", 12, None, None, "exact", None)]),
        ("Thirty villagers were arrested, of whom four were under 18.", "en",
         [("detained", "all", 30, None, None, "exact", None),
          ("detained", "children", 4, None, None, "exact", 0)]),
    ],
)  # fmt: skip
def test_boys_and_girls_and_persons_said_to_be_under_18_are_children(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "subgroup"),
    [
        ("Four of the journalists were injured by rubber bullets.", "en", "journalists"),
        ("Четверо из журналистов получили ранения от резиновых пуль.", "ru", "journalists"),
        ("Jurnalistlərdən dördü rezin güllələrdən yaralanıb.", "az", "journalists"),
        ("Polis əməkdaşlarından dördü xəsarət alıb.", "az", "police officers"),
    ],
)
def test_a_part_of_a_named_group_counted_nowhere_before_takes_the_group(text, language, subgroup):
    assert figures(text, language) == [("injured", subgroup, 4, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 50 teachers were detained. Four of the teachers were later injured.", "en"),
        ("Задержаны 50 учителей. Четверо из учителей позже получили ранения.", "ru"),
    ],
)
def test_a_part_of_a_group_counted_before_is_a_part_of_that_figure(text, language):
    # In Azerbaijani the part counts the group ("Müəllimlərdən dördü": teachers), see
    # test_azerbaijani_part_of_a_group_named_by_its_noun.
    part = figures(text, language)[1]
    assert part[:3] == ("injured", "teachers", 4)
    assert part[-1] == 0


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Masked men seized 9 passengers from a minibus.", "en", [("captured", 9)]),
        ("Customs officers seized 40 rifles at the border.", "en", []),
        ("Two health posts were destroyed in the shelling.", "en", [("property_destroyed", 2)]),
        ("The families of about 500 people still do not know what happened to them.", "en",
         [("missing", 500)]),
        ("За медицинской помощью обратились 23 человека.", "ru", [("injured", 23)]),
        ("Невыясненной остаётся судьба 410 человек.", "ru", [("missing", 410)]),
        ("Удалось вернуть домой 12 граждан.", "ru", [("released", 12)]),
        ("Dəstə 9 nəfəri qanunsuz olaraq azadlıqdan məhrum edib.", "az", [("detained", 9)]),
        ("Məhkəmə 3 şəxsi 8 il müddətə azadlıqdan məhrum edib.", "az", []),
        ("Onlarla sakin qonşu kəndlərə pənah aparıb.", "az", [("displaced", None)]),
    ],
)  # fmt: skip
def test_seizing_seeking_help_unknown_fates_and_refuge(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The committee called for the release of 47 soldiers held in captivity.", "en"),
        ("Родственники требуют освобождения 47 удерживаемых в плену военнослужащих.", "ru"),
        ("Əsirlikdə saxlanılan 47 hərbçinin azad edilməsi üçün müraciət edilib.", "az"),
    ],
)
def test_a_release_called_for_is_no_release(text, language):
    assert categories(text, language) == [("captured", 47)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mediators negotiated the release of 12 hostages.", "en"),
        ("Посредникам удалось добиться освобождения 12 заложников.", "ru"),
    ],
)
def test_a_release_achieved_is_a_release(text, language):
    assert categories(text, language) == [("released", 12)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Погибших, к счастью, нет.", "ru", [("killed", 0)]),
        ("Ölənlər arasında iki uşaq var. ", "az", [("killed", 2)]),
    ],
)
def test_a_comment_aside_before_none_and_the_dead_as_a_whole(text, language, expected):
    assert categories(text, language) == expected


def test_a_destination_in_the_dative_is_no_counted_noun():
    text = "Kimliyi müəyyən edilmiş 40 nəfərin qalıqları ailələrinə təhvil verilib."
    assert categories(text, "az") == [("identified", 40)]


def test_persons_from_a_state_in_the_ablative_are_no_part():
    text = "30 hərbçi əsirlikdədir. Dünən əsirlikdən 8 mülki şəxs azad olunub."
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, "az")] == [
        ("captured", 30, None),
        ("released", 8, None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Of the 20 bodies found, 15 have been identified; of them, 9 are women.", "en"),
        ("Из 20 тел, найденных в овраге, опознаны 15. Из них 9 — женщины.", "ru"),
        ("Tapılmış 20 meyitdən 15-nin şəxsiyyəti müəyyən edilib; onlardan 9-u qadındır.", "az"),
    ],
)
def test_of_them_after_a_part_with_a_fate_of_its_own_takes_that_part(text, language):
    assert [(c, g, n, p) for c, g, n, _, _, _, p in figures(text, language)] == [
        ("found_dead", "all", 20, None),
        ("identified", "all", 15, 0),
        ("identified", "women", 9, 1),
    ]


def test_a_subgroup_predicate_after_a_short_adjunct_of_time_or_place():
    text = "Shelling killed 30 people. Eleven of those killed at the market were women."
    assert figures(text, "en")[1] == ("killed", "women", 11, None, None, "exact", 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The number of injured, 52, has not changed.", "en", [("injured", 52)]),
        ("The death toll, 9, is expected to rise.", "en", [("killed", 9)]),
        ("Число раненых, 52, не изменилось.", "ru", [("injured", 52)]),
    ],
)
def test_a_count_set_off_by_commas_after_the_words_naming_it(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camp holds 80 people, 12 of whom are women.",
         [("detained", "all", 80, None, None, "exact", None),
          ("detained", "women", 12, None, None, "exact", 0)]),
        ("Guards are holding 80 people, 12 of whom are young women.",
         [("detained", "all", 80, None, None, "exact", None),
          ("detained", "women", 12, None, None, "exact", 0)]),
    ],
)  # fmt: skip
def test_persons_a_place_holds_are_detained_and_so_are_their_parts(text, expected):
    assert figures(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The jail was built in 1990 for 200 inmates.", "en"),
        ("The shelter was designed for 200 people.", "en"),
        ("Изолятор рассчитан на 200 человек.", "ru"),
        ("Təcridxana 200 nəfərlikdir.", "az"),
    ],
)
def test_what_a_place_is_made_for_is_no_count(text, language):
    assert categories(text, language) == []


def test_remains_a_grave_contains_are_found_and_subadults_are_children():
    text = (
        "The team exposed two graves containing the remains of at least 15 individuals. "
        "Of these, 11 were adult males and 4 subadults."
    )
    assert figures(text, "en") == [
        ("burial_sites", "all", 2, None, None, "exact", None),
        ("found_dead", "all", 15, None, None, "at_least", None),
        ("found_dead", "men", 11, None, None, "exact", 1),
        ("found_dead", "children", 4, None, None, "exact", 1),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen stopped the car, pulled out the four men and drove them off.", "en"),
        ("Боевики остановили машину, вывели четверых мужчин и увезли их.", "ru"),
        ("Silahlılar dörd kişini maşından düşürüb onları apardılar.", "az"),
    ],
)
def test_persons_taken_away_as_them_are_captured(text, language):
    assert figures(text, language) == [("captured", "men", 4, None, None, "exact", None)]


def test_some_of_those_taken_who_came_back_were_released():
    text = "Soldiers pulled out 12 villagers and took them away. Five of them came back later."
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, "en")] == [
        ("captured", 12, None),
        ("released", 5, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("У моста всех мужчин — их было семеро — задержали и увезли.", "ru",
         [("detained", "men", 7, None, None, "exact", None)]),
        ("Əsgərlər kişiləri ayırıb apardılar — yeddi nəfər idilər.", "az",
         [("captured", "men", 7, None, None, "exact", None)]),
    ],
)  # fmt: skip
def test_a_count_in_a_dash_aside_counts_the_group_named_before_it(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen abducted 8 men on Monday. Three days later, two of them were found dead.", "en"),
        ("Боевики похитили 8 мужчин. Через три дня двоих из них нашли мёртвыми.", "ru"),
        ("Silahlılar 8 kişini girov götürüb. Üç gün sonra onlardan ikisinin meyitini tapdıq.",
         "az"),
    ],
)  # fmt: skip
def test_of_them_after_a_length_of_time_opening_the_sentence_looks_back(text, language):
    part = figures(text, language)[1]
    assert (part[2], part[-1]) == (2, 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Some 50 refugees came back to the village last week.", "en", []),
        ("12 journalists were detained. Two came back home.", "en",
         [("detained", 12), ("released", 2)]),
        ("12 депутатов покинули зал заседаний.", "ru", []),
        ("Село покинули 900 человек.", "ru", [("displaced", 900)]),
        # A camp of the displaced, a Cossack village, a quarter: where persons live too.
        ("Почти 250 беженцев покинули палаточный лагерь.", "ru", [("displaced", 250)]),
        ("Охрана задержала 5 человек, а примерно 250 беженцев покинули палаточный лагерь.", "ru",
         [("detained", 5), ("displaced", 250)]),
        ("Около 300 жителей покинули микрорайон.", "ru", [("displaced", 300)]),
    ],
)  # fmt: skip
def test_coming_back_is_a_release_of_the_held_and_leaving_a_room_no_flight(
    text, language, expected
):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [("Мирных жителей среди погибших нет.", "all"), ("Детей среди погибших нет.", "children")],
)
def test_none_of_a_group_among_the_dead(text, subgroup):
    assert figures(text, "ru") == [("killed", subgroup, 0, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained 40 people. Thirty were released, and ten are still missing.", "en"),
        ("Задержали сорок человек. Тридцать отпустили, а о десяти ничего не известно.", "ru"),
    ],
)
def test_a_bare_count_joined_to_a_part_is_another_part_if_both_fit(text, language):
    assert [(c, n, p) for c, _, n, _, _, _, p in figures(text, language)] == [
        ("detained", 40, None),
        ("released", 30, 0),
        ("missing", 10, 0),
    ]


def test_a_joined_count_that_does_not_fit_is_no_part():
    text = "Police detained 40 people. Thirty were released, and 20 others were injured."
    assert figures(text, "en")[2][-1] is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dozens of men were taken to unknown destinations. The council puts the figure at 300 "
         "people.", "en"),
        ("Десятки мужчин вывезены в неизвестном направлении. Совет называет цифру в 300 человек.",
         "ru"),
    ],
)  # fmt: skip
def test_a_figure_named_with_persons_restates_the_latest_figure(text, language):
    assert categories(text, language)[1] == ("disappeared", 300)


def test_a_count_with_a_predicate_of_its_own_takes_no_verb_past_a_comma():
    text = "14 hərbçi əsirlikdədir, onlardan 3-ü yaralıdır."
    assert figures(text, "az") == [
        ("captured", "servicemen", 14, None, None, "exact", None),
        ("injured", "servicemen", 3, None, None, "exact", 0),
    ]


def test_parts_of_two_groups_in_the_ablative_share_one_verb():
    text = "Polislərdən 2-si və jurnalistlərdən 5-i xəsarət alıb."
    assert figures(text, "az") == [
        ("injured", "police officers", 2, None, None, "exact", None),
        ("injured", "journalists", 5, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Searchers recovered the remains of 31 people. By May, 20 of the individuals had "
            "been identified.",
            "en",
            [("found_dead", "all", 31, None, None, "exact", None),
             ("identified", "all", 20, None, None, "exact", 0)],
        ),
        (
            "Yanğında 30 nəfər həlak olub. Həmin insanlardan 12-sinin şəxsiyyəti müəyyən edilib.",
            "az",
            [("killed", "all", 30, None, None, "exact", None),
             ("identified", "all", 12, None, None, "exact", 0)],
        ),
    ],
)  # fmt: skip
def test_a_part_of_the_persons_named_again_by_a_plain_noun_joins_the_latest_figure(
    text, language, expected
):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Polis 40 etirazçını saxlayıb, mühafizəçilər 12 məhbusa işgəncə verib, məhbuslardan "
            "ikisi ölüb.",
            "az",
        ),
        (
            "Полиция задержала 40 демонстрантов, а охрана избила 12 заключённых; двое из "
            "заключённых скончались.",
            "ru",
        ),
    ],
)
def test_a_part_of_persons_named_by_their_noun_joins_the_figure_counted_by_it(text, language):
    assert figures(text, language) == [
        ("detained", "all", 40, None, None, "exact", None),
        ("tortured", "all", 12, None, None, "exact", None),
        ("killed", "all", 2, None, None, "exact", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "İki nəfər aldığı xəsarətlərdən xəstəxanada ölüb.",
        "Qaçqınlardan ikisi aldıqları xəsarətlərdən ölüb.",
        "Yol qəzasında iki nəfər yaralarından vəfat edib.",
    ],
)
def test_died_of_wounds_is_killed_not_injured(text):
    assert [c[0] for c in figures(text, "az")] == ["killed"]


@pytest.mark.parametrize("kind", ["disappearance", "new", "separate", "such"])
def test_cases_of_an_act_or_of_a_kind_are_cases_of_the_fate_before(kind):
    text = f"Police put the number of disappeared at 90, while lawyers list 238 {kind} cases."
    assert categories(text, "en") == [("disappeared", 90), ("disappeared", 238)]


def test_cases_of_a_thing_are_no_cases_of_the_fate_before():
    text = (
        "The remains of 44 people were recovered. Investigators also logged 212 cartridge "
        "cases at the site."
    )
    assert figures(text, "en") == [("found_dead", "all", 44, None, None, "exact", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained about 60 protesters; 18 of them have still not been released.", "en"),
        ("Задержаны 60 человек, 18 из них до сих пор не отпущены.", "ru"),
        ("Polis 60 etirazçını saxlayıb, onlardan 18-i hələ də azad edilməyib.", "az"),
    ],
)
def test_persons_not_released_are_still_held_as_their_whole(text, language):
    assert [(c[0], c[2], c[6]) for c in figures(text, language)] == [
        ("detained", 60, None),
        ("detained", 18, 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Boyevikler 20 nəfəri girov götürüb, onlardan heç kim azad edilməyib.", "az"),
        ("Задержаны 60 человек; никто из них не был освобождён.", "ru"),
    ],
)
def test_none_not_released_stays_none_released(text, language):
    assert [c[0] for c in figures(text, language) if c[2] == 0] == ["released"]


def test_found_among_the_dead_in_the_instrumental_is_found_dead():
    text = "После схода селя 6 туристов найдены погибшими, ещё двое — живыми."
    assert categories(text, "ru") == [("found_dead", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mübadilələr başlayandan bəri əsirlikdən 418 nəfər qayıdıb.", [("released", 418)]),
        ("Əsirlikdən 12 hərbçi vətənə qayıdıb.", [("released", 12)]),
    ],
)
def test_back_from_captivity_with_the_count_between_is_released(text, expected):
    assert categories(text, "az") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guards were accused of torturing 14 inmates.", [("tortured", 14)]),
        ("He was charged with abducting 5 aid workers.", [("captured", 5)]),
        ("She admitted detaining 9 students without a warrant.", [("detained", 9)]),
        ("The unit is accused of deporting 500 villagers.", [("displaced", 500)]),
        ("He was convicted of murdering 3 journalists.", [("killed", 3)]),
        (
            "The court found him guilty of the detention of 11 persons and of torturing six of "
            "them.",
            [("detained", 11), ("tortured", 6)],
        ),
    ],
)
def test_an_act_named_by_its_gerund_is_that_act(text, expected):
    assert categories(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Количество беженцев из Северного района составляет не 4 100, а 4 700 человек.",
            "ru",
            [("displaced", "all", 4700, None, None, "exact", None)],
        ),
        (
            "The number of detainees is not 60 but 75.",
            "en",
            [("detained", "all", 75, None, None, "exact", None)],
        ),
        (
            "Həlak olanların sayı 12 deyil, 14 nəfərdir.",
            "az",
            [("killed", "all", 14, None, None, "exact", None)],
        ),
    ],
)
def test_the_number_a_text_says_it_is_not_is_no_claim(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Погибли 30 человек, из них 9 — лица старше 65 лет.", "ru"),
        ("Thirty people were killed, of whom nine were persons over 65.", "en"),
    ],
)
def test_persons_of_an_age_after_the_copula_are_an_age_group(text, language):
    assert figures(text, language) == [
        ("killed", "all", 30, None, None, "exact", None),
        ("killed", "elderly", 9, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Çay sahilindən 30 nəfərə aid qalıqlar çıxarılıb. Qalıqların 18-i kişilərə, 12-si "
            "qadınlara məxsusdur.",
            [("found_dead", "all", 30, None, None, "exact", None),
             ("found_dead", "men", 18, None, None, "exact", 0),
             ("found_dead", "women", 12, None, None, "exact", 0)],
        ),
        (
            "Kəndin 20 sakini girov götürülüb. Girovların üçü sonradan azad edilib.",
            [("captured", "all", 20, None, None, "exact", None),
             ("released", "all", 3, None, None, "exact", 0)],
        ),
    ],
)  # fmt: skip
def test_a_noun_of_the_whole_in_the_plural_genitive_before_a_part_names_it(text, expected):
    assert figures(text, "az") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("При пожаре в общежитии пять человек отравились дымом.", [("injured", "all", 5)]),
        ("После взрыва газа госпитализированы 7 жильцов.", [("injured", "all", 7)]),
        (
            "Пострадали четверо, в том числе два сотрудника изолятора.",
            [("injured", "all", 4), ("injured", "prison staff", 2)],
        ),
    ],
)
def test_persons_poisoned_or_taken_to_hospital_are_injured(text, expected):
    assert [(c[0], c[1], c[2]) for c in figures(text, "ru")] == expected


def test_persons_taken_away_are_captured_and_those_let_go_released():
    text = "Gunmen took away 12 villagers at dawn. They let three of them go the next day."
    assert figures(text, "en") == [
        ("captured", "all", 12, None, None, "exact", None),
        ("released", "all", 3, None, None, "exact", 0),
    ]
    assert categories("Masked men took 4 students away.", "en") == [("captured", 4)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("В докладе собраны свидетельства 67 бывших заключённых.", "ru", []),
        ("The report draws on interviews with 57 former detainees.", "en", []),
        ("Hesabat 40 keçmiş məhbusun ifadələrinə əsaslanır.", "az", []),
        (
            "Our researchers interviewed 57 former detainees held at the airbase.",
            "en",
            [("detained", 57)],
        ),
    ],
)
def test_former_prisoners_are_a_figure_only_by_a_verb(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Нас взяли в заложники у моста. В подвале нас, мужчин, было около тридцати. "
            "Шестерых из нас увели ночью, и они пропали без вести.",
            "ru",
            [("captured", "men", 30, None, None, "about", None),
             ("missing", "men", 6, None, None, "exact", 0)],
        ),
        (
            "Əsgərlər bizi kənddə saxladılar. Anbarda hamımız qadın idik, iyirmi nəfər. Bir "
            "həftə sonra altımızı buraxdılar.",
            "az",
            [("detained", "women", 20, None, None, "exact", None),
             ("released", "women", 6, None, None, "exact", 0)],
        ),
        (
            "There were about fifty of us in the hall, and they held us for a week.",
            "en",
            [("detained", "all", 50, None, None, "about", None)],
        ),
        (
            "They arrested us at dawn. We were 12 in the cell.",
            "en",
            [("detained", "all", 12, None, None, "exact", None)],
        ),
        (
            "It was cold. Twenty of us were hiding in the barn.",
            "en",
            [],
        ),
    ],
)  # fmt: skip
def test_a_witness_count_of_us_takes_what_was_done_to_us(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Нас держали в заложниках на ферме две недели. Всего там было человек тридцать.",
            "ru",
            [("captured", "all", 30, None, None, "about", None)],
        ),
        (
            "Меня задержали у вокзала. Всего там было человек тридцать.",
            "ru",
            [],
        ),
    ],
)
def test_a_count_after_what_was_done_to_us_counts_us(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The offensive forced 3,000 people to flee.", "en", [("displaced", 3000)]),
        ("Shelling forced 900 residents to leave their homes.", "en", [("displaced", 900)]),
        ("The floods forced 200 people to leave the stadium.", "en", []),
        ("Обстрелы вынудили 3 000 жителей бежать.", "ru", [("displaced", 3000)]),
    ],
)
def test_persons_forced_to_flee_with_their_count_inside_are_displaced(text, language, expected):
    assert categories(text, language) == expected


@pytest.mark.parametrize("child", ["an infant", "a baby", "a teenager"])
def test_one_child_named_in_an_english_list(child):
    """ "Two women, a man and an infant died": the one child counts as the man does."""
    text = f"Two women, a man and {child} died in the blaze."
    assert claim_fields(text, "en", ("category", "subgroup", "count")) == [
        ("killed", "women", 2),
        ("killed", "men", 1),
        ("killed", "children", 1),
    ]
