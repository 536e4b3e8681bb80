"""What «у N из них» bore after a count of the found dead describes those bodies (no wounded);
kin counted by whose kin they are («14 матерей пленных») are no captives; a search said to go
on counts the missing. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_wounds_on_the_bodies_found_are_no_wounded():
    text = "В овраге найдены тела 17 человек. У 11 из них обнаружены огнестрельные ранения."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 17, None)]


def test_near_miss_parts_of_the_held_who_were_hurt():
    text = "Из 64 задержанных 40 были избиты при задержании."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 64, None), ("tortured", 40, 0)]


def test_kin_of_captives_are_no_captives():
    assert claim_fields("К омбудсмену обратились 23 матери пленных.", "ru", FIELDS) == []


def test_near_miss_captives_named_with_their_families():
    text = "В плену остаются 23 отца семейств."
    assert claim_fields(text, "ru", FIELDS) == [("captured", 23, None)]


def test_a_search_going_on_counts_the_missing():
    text = "Из-под завалов извлечены тела трёх человек. Поиски 5 человек продолжаются."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("missing", 5, None)


def test_wounds_on_some_of_the_bodies_said_with_na():
    """«на N из них» (on N of them) tells what those bodies bore, as «у N из них» does."""
    text = "Обнаружены 23 тела, на девяти из них — следы огнестрельных ранений."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 23, None)]
