"""The grammar of number phrases: a scale shared by a range, numbers that describe rather
than count, "one" and "a" as counts, "до" after a verb of change. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements import read_statement


def figures(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language)


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("Between 6 and 7 thousand residents fled the valley.", "en", 6000, 7000),
        ("From 300 to 2 thousand residents fled the valley.", "en", 300, 2000),
        ("Из района бежали от 15 до 20 тысяч жителей.", "ru", 15000, 20000),
        ("Из района бежали 3–4 тыс. жителей.", "ru", 3000, 4000),
        ("Rayondan 5-6 min sakin didərgin düşüb.", "az", 5000, 6000),
    ],
)
def test_a_scale_written_after_a_range_applies_to_both_bounds(text, language, low, high):
    ((_, _, count, found_low, found_high, qualifier, _),) = figures(text, language)
    assert (count, found_low, found_high, qualifier) == (None, low, high, "range")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A 9-year-old girl was killed.", "en"),
        ("A 3-storey house was destroyed.", "en"),
        ("7-летний мальчик погиб.", "ru"),
        ("7 yaşlı uşaq həlak olub.", "az"),
        ("10 metrlik divar dağıdılıb.", "az"),
    ],
)
def test_numbers_that_describe_are_not_counts(text, language):
    assert all(
        count != 9 and count not in {3, 7, 10} for _, _, count, *_ in figures(text, language)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Listed after a count of persons: elderly counted beside the children.
        (
            "Yanğında 30 uşaq və 12 yaşlı insan xəsarət alıb.",
            [("injured", "children", 30), ("injured", "elderly", 12)],
        ),
        # Their years of birth give their age already.
        (
            "Zərbə nəticəsində 1939-cu il təvəllüdlü üç yaşlı sakin həlak olub.",
            [("killed", "elderly", 3)],
        ),
        # Otherwise the number is their age.
        ("Zərbə nəticəsində 8 yaşlı qız həlak olub.", []),
    ],
)
def test_an_azerbaijani_number_before_yasli_counts_in_a_list_or_after_years_of_birth(
    text, expected
):
    assert [
        (c.category, c.subgroup, c.count) for c in read_statement(text, "az").claims
    ] == expected


def test_an_azerbaijani_count_with_its_ending_before_yasli_is_a_count():
    text = "Həbs edilən 140 nəfərin 25-i yaşlı insanlardır."
    assert figures(text, "az")[1] == ("detained", "elderly", 25, None, None, "exact", 0)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Nine people were killed and one was wounded.",
            "en",
            [("killed", "all", 9, None, None, "exact", None),
             ("injured", "all", 1, None, None, "exact", None)],
        ),
        (
            "Ранены 12 человек, один из них скончался.",
            "ru",
            [("injured", "all", 12, None, None, "exact", None),
             ("killed", "all", 1, None, None, "exact", 0)],
        ),
        (
            "12 nəfər yaralanıb, onlardan biri xəstəxanada ölüb.",
            "az",
            [("injured", "all", 12, None, None, "exact", None),
             ("killed", "all", 1, None, None, "exact", 0)],
        ),
        (
            "Seven civilians were killed, among them a teacher.",
            "en",
            [("killed", "civilians", 7, None, None, "exact", None),
             ("killed", "teachers", 1, None, None, "exact", 0)],
        ),
    ],
)  # fmt: skip
def test_one_and_the_indefinite_article_count_a_person(text, language, expected):
    assert figures(text, language) == expected


def test_one_alone_is_no_figure():
    assert figures("One of the reasons is that 5 people were killed.", "en") == [
        ("killed", "all", 5, None, None, "exact", None)
    ]


def test_do_after_a_verb_of_change_is_no_upper_bound():
    assert figures("Число раненых возросло до 118.", "ru") == [
        ("injured", "all", 118, None, None, "exact", None)
    ]
    assert figures("Ранены до 118 человек.", "ru")[0][5] == "at_most"


def test_the_verb_between_a_whole_and_its_part_is_the_parts():
    assert figures("Из сорока заложников освобождены двенадцать.", "ru") == [
        ("captured", "all", 40, None, None, "exact", None),
        ("released", "all", 12, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Никого из пленных не отпустили.", "ru", "released"),
        ("Atışma zamanı heç kim ölməyib.", "az", "killed"),
    ],
)
def test_zero_takes_the_verb_not_the_persons_it_is_drawn_from(text, language, category):
    assert figures(text, language)[0][:3] == (category, "all", 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Half a million people were displaced by the floods of war.", "en"),
        ("Полмиллиона человек были вынуждены покинуть свои дома.", "ru"),
        ("Yarım milyon insan didərgin düşüb.", "az"),
    ],
)
def test_half_of_a_scale(text, language):
    assert figures(text, language)[0][2] == 500_000


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("About 900 families were displaced.", "en"),
        ("Были депортированы около 900 семей.", "ru"),
        ("900-ə yaxın ailə deportasiya edilib.", "az"),
    ],
)
def test_displacement_counted_in_families(text, language):
    assert figures(text, language) == [("displaced", "families", 900, None, None, "about", None)]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Dozens of families fled the valley after the raids.", "en", "Dozens"),
        ("Из приграничных сёл бежали сотни семей.", "ru", "сотни"),
        ("Basqınlardan sonra onlarla ailə kəndi tərk etməyə məcbur olub.", "az", "onlarla"),
    ],
)
def test_a_vague_count_of_families_gives_no_number_to_count_in_them(text, language, words):
    claims = read_statement(text, language).claims
    assert [(c.category, c.subgroup, c.count, c.qualifier) for c in claims] == [
        ("displaced", "all", None, "vague")
    ]
    assert claims[0].qualifier_words == words


def test_later_items_share_the_verb_the_clause_gave_the_first():
    text = "Those killed included 6 nurses and 2 teachers."
    assert [f[:3] for f in figures(text, "en")] == [
        ("killed", "medical workers", 6),
        ("killed", "teachers", 2),
    ]


def test_an_azerbaijani_verb_of_passing_is_at_least():
    assert figures("Saxlanılanların sayı 500-ü ötüb.", "az")[0][2:6] == (
        500,
        None,
        None,
        "at_least",
    )


@pytest.mark.parametrize(
    ("text", "language", "categories"),
    [
        ("Atışmada ölən olmayıb.", "az", ["killed"]),
        ("Atışmada ölən və yaralanan olmayıb.", "az", ["killed", "injured"]),
        ("Погибших и раненых нет.", "ru", ["killed", "injured"]),
    ],
)
def test_none_after_those_who_died(text, language, categories):
    found = figures(text, language)
    assert [f[0] for f in found] == categories
    assert all(f[2] == 0 for f in found)


def test_a_decimal_number_where_a_decade_could_stand_is_read_as_a_number():
    # "12,5" has four characters, like a year: it once crashed the date reader.
    assert figures("С начала года из области бежали 12,5 тыс. человек.", "ru") == [
        ("displaced", "all", 12500, None, None, "exact", None)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Fortunately, there were no casualties.",
            "en",
            [("killed", "all", 0, None, None, "exact", None),
             ("injured", "all", 0, None, None, "exact", None)],
        ),
        (
            "There were no civilian casualties, but 3 soldiers were wounded.",
            "en",
            # No civilian casualties: none of the civilians killed, none injured.
            [("killed", "civilians", 0, None, None, "exact", None),
             ("injured", "civilians", 0, None, None, "exact", None),
             ("injured", "servicemen", 3, None, None, "exact", None)],
        ),
        ("The shelling caused 200 casualties.", "en", []),
        (
            "Жертв нет, пострадали двое.",
            "ru",
            [("killed", "all", 0, None, None, "exact", None),
             ("injured", "all", 2, None, None, "exact", None)],
        ),
        ("Опрошены 25 жертв пыток.", "ru", [("tortured", "all", 25, None, None, "exact", None)]),
        ("Реабилитированы 1 200 жертв политических репрессий.", "ru", []),
    ],
)  # fmt: skip
def test_none_of_the_casualties_or_victims(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Some 3,000 residents of 12 villages were evacuated.",
            "en",
            [("displaced", "all", 3000, None, None, "about", None)],
        ),
        (
            "In 1944, 5,120 people from 17 villages were deported, of whom 800 died on the way.",
            "en",
            [("displaced", "all", 5120, None, None, "exact", None),
             ("killed", "all", 800, None, None, "exact", 0)],
        ),
        (
            "7 832 жителя 41 села были депортированы.",
            "ru",
            [("displaced", "all", 7832, None, None, "exact", None)],
        ),
        (
            "Shelling destroyed 4 of the 12 villages.",
            "en",
            [("property_destroyed", "settlements", 4, None, None, "exact", None)],
        ),
    ],
)  # fmt: skip
def test_the_settlements_counted_persons_came_from_are_no_count(text, language, expected):
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kəndin 20 sakini girov götürülüb. Girovlardan üçü sonradan çayda ölü tapılıb.",
        "Kəndin 20 sakini girov götürülüb. Girovlardan üçü dünən meşədə ölü tapılıb.",
    ],
)
def test_a_part_with_its_ending_before_a_place_in_the_locative_counts_persons(text):
    assert figures(text, "az") == [
        ("captured", "all", 20, None, None, "exact", None),
        ("found_dead", "all", 3, None, None, "exact", 0),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Пособие на одного беженца составляет 3 000 рублей в месяц.", "ru"),
        ("The ration per one detainee was 300 grams of bread.", "en"),
    ],
)
def test_one_after_per_is_a_rate_not_a_person(text, language):
    assert figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Many were hurt when the roof fell in.", "en"),
        ("Многие пострадали при обрушении крыши.", "ru"),
        ("Damın çökməsi nəticəsində çoxlu adam xəsarət alıb.", "az"),
    ],
)
def test_many_is_no_count(text, language):
    assert read_statement(text, language).claims == ()


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Several were hurt when the roof fell in.", "en", "Several"),
        ("Несколько человек пострадали при обрушении крыши.", "ru", "Несколько"),
        ("Damın çökməsi nəticəsində onlarla adam xəsarət alıb.", "az", "onlarla"),
    ],
)
def test_a_few_and_an_order_of_magnitude_are_vague_counts(text, language, words):
    claims = read_statement(text, language).claims
    assert [(c.category, c.qualifier, c.qualifier_words) for c in claims] == [
        ("injured", "vague", words)
    ]


def test_an_azerbaijani_count_of_families_that_became_displaced_is_of_families():
    # "köçkün düşüb" (became displaced) is the verb, not a noun after "ailə".
    claims = read_statement("Sel nəticəsində 450 ailə köçkün düşüb.", "az").claims
    assert [(c.category, c.subgroup, c.count) for c in claims] == [("displaced", "families", 450)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The court convicts him of killing 12 civilians and acquits him on Count 4.", "en"),
        ("He was found guilty on counts 2 and 3: the murder of 12 civilians.", "en"),
        ("Суд признал его виновным в убийстве 12 мирных жителей и оправдал по эпизоду 4.", "ru"),
    ],
)
def test_the_count_of_an_indictment_is_a_reference(text, language):
    assert [(category, count) for category, _, count, *_ in figures(text, language)] == [
        ("killed", 12)
    ]
