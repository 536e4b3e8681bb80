"""Russian: the stop of an abbreviation («ул.», «г.») ends no clause, as it ends no sentence,
so a count before it keeps the verb after it; and a headline with no stop at its end lends no
verb to the count of the line under it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count"))


@pytest.mark.parametrize(
    "text",
    [
        "Около 60 жителей дома № 4 по ул. Речной временно расселены в общежитие колледжа.",
        "Около 60 жителей окраин г. Озёрска временно расселены в общежитие.",
    ],
)
def test_a_count_keeps_its_verb_past_an_abbreviation(text):
    assert figures(text) == [("displaced", 60)]


def test_a_stop_that_ends_the_sentence_still_ends_it():
    text = "Около 60 жителей дома приехали в г. Озёрск. Там расселены семьи из соседнего района."
    assert figures(text) == []


def test_a_headline_without_a_stop_lends_no_verb_to_the_line_under_it():
    text = (
        "Суд рассмотрит дело о гибели задержанных в изоляторе г. Озёрска\n"
        "Обвинение предъявлено бывшему начальнику изолятора и троим его подчинённым."
    )
    assert figures(text) == []


def test_a_sentence_wrapped_onto_the_next_line_keeps_its_verb():
    assert figures("В результате обстрела погибли\n12 человек.") == [("killed", 12)]
