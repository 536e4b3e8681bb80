"""«жертв среди мирного населения «не было»»: the other side's «не было», quoted as a count is,
is still none; said of the civilians after «среди», it is none of the civilians, whether or not
the statement counts servicemen. A formation (батальон, рота, эшелон) is counted, not its men. Sentences
written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count")


def test_a_quoted_none_of_civilians_beside_servicemen():
    text = (
        "При ударе по колонне погибли 9 военнослужащих. Командование заявило, что жертв "
        "среди мирного населения «не было»."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("killed", "servicemen", 9),
        ("killed", "civilians", 0),
    ]


def test_a_quoted_no_of_the_hurt():
    text = "Пострадавших «нет», сообщили в полиции."
    assert claim_fields(text, "ru", FIELDS) == [("injured", "all", 0)]


def test_none_among_civilians_with_no_servicemen_counted_is_of_the_civilians():
    text = "Погибших среди мирного населения нет."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "civilians", 0)]


def test_formations_are_no_persons():
    text = "Удар пришёлся по эшелону с личным составом трёх батальонов; погибли 14 военнослужащих."
    assert claim_fields(text, "ru", FIELDS) == [("killed", "servicemen", 14)]


def test_a_quoted_sentence_keeps_its_marks():
    # Near miss: the quote holds more than the word of none.
    text = "«Погибших нет, раненых двое», — сказал врач."
    assert ("injured", "all", 2) in claim_fields(text, "ru", FIELDS)


def test_none_of_the_act_among_those_counted_by_it_is_no_part():
    # The other side's none gainsays the toll; it is no part of it.
    text = (
        "Погибли 17 мирных жителей и 4 военнослужащих. Другая сторона утверждает, что "
        "жертв среди мирного населения не было."
    )
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))[2] == (
        "killed",
        "civilians",
        0,
        None,
    )


def test_none_of_a_group_among_the_dead_is_a_zero_of_its_own():
    # «детей среди погибших нет» names a group of its own among the dead: a zero of that
    # group, which stands alone (zeros_of_a_group).
    text = "Погибли 20 человек. Детей среди погибших нет."
    assert claim_fields(text, "ru", ("category", "subgroup", "count", "parent"))[1] == (
        "killed",
        "children",
        0,
        None,
    )
