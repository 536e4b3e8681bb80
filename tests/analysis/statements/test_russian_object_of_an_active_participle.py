"""Russian «двое фотографов, снимавших задержания, были избиты»: a fate right after an active
participle is its object (what the persons described did, or to whom), not what befell them;
the verb of the clause is their fate. A participle of a fate («пострадавших») or of being
something («ставших жертвами») is no verb with an object. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_the_act_they_filmed_is_not_their_fate():
    text = "Трое операторов, снимавших аресты, были избиты охраной."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", "all", 3)]


def test_those_they_helped_are_not_their_fate():
    text = "При повторном ударе пятеро волонтёров, выносивших раненых, погибли."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "volunteers", 5)]


def test_near_miss_a_passive_participle_is_their_fate():
    text = "Медики осмотрели 40 человек, освобождённых из колонии."
    assert claim_fields(text, "ru", FIELDS) == [("released", "all", 40)]


def test_near_miss_a_participle_standing_as_a_noun_before_the_verb():
    text = "Из доставленных в больницу прооперированы 14, из обратившихся госпитализированы 9."
    assert ("injured", "all", 9) in claim_fields(text, "ru", FIELDS)


def test_near_miss_the_subject_a_participle_before_its_verb():
    text = "Охранявшие лагерь увезли с собой человек двадцать мужчин."
    assert claim_fields(text, "ru", FIELDS)[0][2] == 20
