"""A part named by the act of a part counted before it is some of that part: "Of those
hospitalised, four …" after "15 of them were hospitalised" is four of the 15, not of all the
injured. One rule for the three languages (``parts_named_by_their_act``), with the participle
before the count or after it; a participle of the broader act, another act, or a count too big
for the part leaves it in the whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")

_OF_THE_PART = [
    (
        "en",
        "Forty people were injured and 15 of them were hospitalised. "
        "Of those hospitalised, four are in a critical condition.",
    ),
    (
        "en",
        "Forty people were injured and 15 of them were hospitalized. "
        "Four of the hospitalized remain in intensive care.",
    ),
    (
        "ru",
        "В больницу поступили 40 человек. Из поступивших госпитализированы 15. "
        "Из госпитализированных 4 находятся в реанимации.",
    ),
    (
        "ru",
        "Ранения получили 40 человек, из них 15 госпитализированы. "
        "Состояние четверых госпитализированных тяжёлое.",
    ),
    (
        "az",
        "Xəstəxanaya 40 nəfər müraciət edib. Müraciət edənlərdən 15 nəfər stasionara "
        "yerləşdirilib, qalanları evə buraxılıb. Stasionara yerləşdirilənlərdən 4 xəstə ağır "
        "vəziyyətdədir.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _OF_THE_PART)
def test_a_part_named_by_an_earlier_parts_act_is_of_that_part(language, text):
    assert claim_fields(text, language, FIELDS) == [
        ("injured", 40, None),
        ("injured", 15, 0),
        ("injured", 4, 1),
    ]


_OF_THE_BROADER_ACT = [
    (
        "en",
        "Forty people were injured and 15 of them were hospitalised. "
        "Of the injured, four are in a critical condition.",
    ),
    (
        "ru",
        "В больницу поступили 40 человек. Из поступивших госпитализированы 15. "
        "Из пострадавших 4 находятся в реанимации.",
    ),
    (
        "az",
        "Atışmada 40 nəfər, o cümlədən 15 qadın, yaralanmışdır. "
        "Yaralananlardan 4 nəfər ağır vəziyyətdədir.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _OF_THE_BROADER_ACT)
def test_near_miss_the_broader_act_names_the_whole(language, text):
    assert claim_fields(text, language, FIELDS)[-1] == ("injured", 4, 0)


_TOO_MANY_FOR_THE_PART = [
    (
        "en",
        "Forty people were injured and 15 of them were hospitalised. "
        "Of those hospitalised, 25 are in a critical condition.",
    ),
    (
        "az",
        "Xəstəxanaya 40 nəfər müraciət edib. Müraciət edənlərdən 15 nəfər stasionara "
        "yerləşdirilib. Stasionara yerləşdirilənlərdən 25 nəfər ağır vəziyyətdədir.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _TOO_MANY_FOR_THE_PART)
def test_near_miss_a_count_bigger_than_the_part_stays_in_the_whole(language, text):
    assert claim_fields(text, language, FIELDS)[-1] == ("injured", 25, 0)


def test_near_miss_another_act():
    text = (
        "Xəstəxanaya 40 nəfər müraciət edib. Müraciət edənlərdən 15 nəfər evə buraxılıb. "
        "Stasionara yerləşdirilənlərdən 4 xəstə ağır vəziyyətdədir."
    )
    assert claim_fields(text, "az", FIELDS)[-1] == ("injured", 4, 0)


def test_near_miss_persons_named_by_a_participle_are_no_act_of_theirs():
    """«опросил 90 бывших задержанных» names persons; «Среди задержанных» is all the held."""
    text = (
        "Задержаны 300 человек. Центр опросил 90 бывших задержанных. "
        "Среди задержанных — 12 несовершеннолетних."
    )
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", 12, 0)


def test_near_miss_a_part_named_by_the_participle_of_the_whole():
    """ "23 of the disappeared" names the disappeared, not an act told of the 23."""
    text = (
        "The group documented 120 cases of enforced disappearance. Women accounted for 23 of "
        "the disappeared. At least 9 of the disappeared were under 18."
    )
    assert claim_fields(text, "en", ("category", "count", "parent"))[-1] == (
        "disappeared",
        9,
        0,
    )
