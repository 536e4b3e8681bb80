"""Russian persons taken («забрали», «угнали», «увели с собой») by the police are detained,
by soldiers captured: the taker is the subject in the verb's sentence, or, where the verb
has none, the one the sentence before names. A timeline tells its days in the present
(«уводят», «отпускают», «уезжают»). Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_police_as_the_subject():
    text = "У здания суда полицейские забрали 9 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 9, None)]


def test_a_verb_with_no_subject_after_the_police():
    text = "Вечером полиция разогнала пикет. Забрали 15 человек, в том числе трёх студентов."
    claims = claim_fields(text, "ru", FIELDS)
    assert ("detained", "all", 15, None) in claims
    assert ("detained", "students", 3, 0) in claims


def test_near_miss_a_verb_with_no_subject_after_soldiers():
    text = "Утром в деревню вошли солдаты. Забрали 15 человек."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 15, None)]


def test_near_miss_armed_men_named_after_the_police():
    text = "Полиция оцепила район. Вооружённые люди забрали 4 человек."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 4, None)]


def test_led_away_with_them_by_soldiers():
    text = "Солдаты увели с собой 12 жителей хутора."
    assert claim_fields(text, "ru", FIELDS) == [("captured", "all", 12, None)]


def test_led_away_with_them_in_the_present_of_a_timeline():
    text = "3 мая. Боевики уводят с собой восьмерых мужчин. 5 мая. Троих из уведённых отпускают."
    claims = claim_fields(text, "ru", FIELDS)
    assert claims[0] == ("captured", "men", 8, None)
    # The part's group is the whole's or everyone, as the sets disagree; its fate and count are sure.
    assert claims[1][0] == "released"
    assert claims[1][2:] == (3, 0)


def test_led_away_with_them_by_the_police():
    text = "Полицейские увели с собой 6 человек."
    assert claim_fields(text, "ru", FIELDS) == [("detained", "all", 6, None)]


def test_near_miss_children_led_to_a_shelter():
    text = "Воспитатели увели 20 детей в укрытие."
    assert claim_fields(text, "ru", FIELDS) == []


def test_residents_leaving_in_the_present_of_a_timeline():
    text = "12 июня. Около 900 жителей уезжают из посёлка на автобусах."
    assert claim_fields(text, "ru", FIELDS) == [("displaced", "all", 900, None)]


def test_near_miss_crews_sent_out_in_the_present():
    text = "Ежедневно на вызовы выезжают 4 бригады."
    assert claim_fields(text, "ru", FIELDS) == []
