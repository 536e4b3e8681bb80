"""A term of arrest in a Russian list item's tail («40 арестованы на срок от 5 до 10 суток,
12 …») is no count and ends no item: the list of parts goes on past it. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_the_list_goes_on_past_a_term_of_days():
    text = (
        "Задержаны 75 человек. Из них 30 отпущены, 25 арестованы на срок от 7 до 12 суток, "
        "8 человек помещены в изолятор."
    )
    claims = claim_fields(text, "ru", FIELDS)
    assert ("detained", "all", 25, 0) in claims
    assert ("detained", "all", 8, 0) in claims


def test_near_miss_a_new_sentence_after_the_term_starts_no_item():
    text = (
        "Задержаны 75 человек. Из них 30 отпущены, 25 арестованы на 10 суток. "
        "8 человек помещены в изолятор."
    )
    assert ("detained", "all", 8, 0) not in claim_fields(text, "ru", FIELDS)
