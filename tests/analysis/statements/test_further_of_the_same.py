"""English "a further N people" told of in the words of the last whole figure's sentence are
more of its persons. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

_FIELDS = ("category", "count", "parent")


def test_a_further_count_in_the_words_of_the_figure_before_is_more_of_it():
    text = (
        "By May, 6,100 internally displaced persons had registered at the centre. "
        "Another 450 people have requested registration since then."
    )
    assert claim_fields(text, "en", _FIELDS) == [
        ("displaced", 6100, None),
        ("displaced", 450, None),
    ]


def test_a_further_count_told_in_other_words_is_no_figure():
    text = (
        "By May, 6,100 internally displaced persons had registered at the centre. "
        "Another 450 people attended the public meeting."
    )
    assert claim_fields(text, "en", _FIELDS) == [("displaced", 6100, None)]


def test_a_further_count_of_the_same_group_doing_something_else_is_no_figure():
    # The persons' noun is shared ("residents"), what they did is not.
    text = (
        "Twelve residents were killed in the shelling of the village. "
        "A further 300 residents attended a vigil on Sunday."
    )
    assert claim_fields(text, "en", _FIELDS) == [("killed", 12, None)]
    text = (
        "Forty civilians were detained during the operation. "
        "Another 200 civilians gathered outside the police station."
    )
    assert claim_fields(text, "en", _FIELDS) == [("detained", 40, None)]
