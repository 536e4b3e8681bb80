"""A list of places, one item a line or numbered after a colon, each with its figures: the
item's number counts no one ("1) in Orsk district: …"), and a total said after the list
("In total, 19 people were killed") is the list's grand total, its own figure beside the
items', which have no whole (as the sealed sets annotate the rows of a table in prose).
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import WHOLE, claim_fields

_ROWS_AND_TOTALS = [
    ("killed", "all", 12, None, None, "exact", None),
    ("injured", "all", 4, None, None, "exact", None),
    ("killed", "all", 7, None, None, "exact", None),
    ("injured", "all", 11, None, None, "exact", None),
    ("killed", "all", 19, None, None, "exact", None),
    ("injured", "all", 15, None, None, "exact", None),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Casualties by district:\n1) in Orsk district: 12 killed, 4 injured;\n"
         "2) in Lamm district: 7 killed, 11 injured.\n"
         "In total, 19 people were killed and 15 injured.", "en"),
        ("The Mission documented the following: (1) in Orsk district, 12 killed and 4 injured;"
         " (2) in Lamm district, 7 killed and 11 injured. In total, 19 people were killed and"
         " 15 injured.", "en"),
        ("Жертвы по районам:\n1) в Орском районе: 12 погибших, 4 раненых;\n"
         "2) в Ламмском районе: 7 погибших, 11 раненых.\nВсего погибли 19 человек, ранены 15.",
         "ru"),
        ("Rayonlar üzrə itkilər:\n1) Orsk rayonunda: 12 ölü, 4 yaralı;\n"
         "2) Lamm rayonunda: 7 ölü, 11 yaralı.\n"
         "Ümumilikdə 19 nəfər həlak olub, 15 nəfər yaralanıb.", "az"),
    ],
)  # fmt: skip
def test_a_total_after_a_numbered_list_stands_beside_the_items(text, language):
    assert claim_fields(text, language, WHOLE) == _ROWS_AND_TOTALS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Deaths by district:\n- in Orsk district, 12 people were killed;\n"
         "- in Lamm district, 7 people were killed.\nAltogether, 19 people were killed.", "en"),
        ("Погибшие по районам:\n• в Орском районе погибли 12 человек;\n"
         "• в Ламмском районе погибли 7 человек.\nВсего погибли 19 человек.", "ru"),
    ],
)  # fmt: skip
def test_a_total_after_bulleted_items_stands_beside_them(text, language):
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("killed", 12, None),
        ("killed", 7, None),
        ("killed", 19, None),
    ]


def test_an_azerbaijani_total_summing_up_the_items_has_them_as_parts():
    # "Ümumilikdə" is also a word of summing up (``sums``), which makes the figures just
    # before a total that they add up to its parts.
    text = (
        "Rayonlar üzrə ölənlər:\n• Orsk rayonunda 12 nəfər həlak olub;\n"
        "• Lamm rayonunda 7 nəfər həlak olub.\nÜmumilikdə 19 nəfər həlak olub."
    )
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("killed", 12, 2),
        ("killed", 7, 2),
        ("killed", 19, None),
    ]


def test_the_number_of_an_item_before_a_small_letter_counts_no_one():
    text = (
        "Casualties by district:\n1) in Orsk district: 12 killed;\n2) in Lamm district: 7 killed."
    )
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 12), ("killed", 7)]


def test_items_that_add_up_to_more_than_the_total_are_not_its_parts():
    text = (
        "1) in Orsk district: 12 killed;\n2) in Lamm district: 30 killed.\n"
        "In total, 19 people were killed."
    )
    assert claim_fields(text, "en", ("count", "parent")) == [(12, None), (30, None), (19, None)]


def test_a_count_closing_a_sentence_before_a_new_line_still_counts():
    text = "The shelling of the market killed\n12.\nthe police said."
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Civilian deaths by region:\n• Orsk region: 12\n• Lamm region: 4\n"
         "In total, 16 civilians were killed.", "en"),
        ("Погибшие мирные жители по областям:\n• Орская область: 12\n• Ламмская область: 4\n"
         "Всего погибли 16 мирных жителей.", "ru"),
    ],
)  # fmt: skip
def test_the_last_item_of_a_list_ends_its_line(text, language):
    # The 4 takes no verb from the line after the list: each row is a count of the deaths its
    # heading names (``items_on_lines``), and the total after the rows stands beside them.
    assert claim_fields(text, language, ("category", "count", "parent")) == [
        ("killed", 12, None),
        ("killed", 4, None),
        ("killed", 16, None),
    ]


def test_an_item_wrapped_onto_the_next_line_goes_on():
    text = (
        "Summary:\n• In Orsk region, 12 civilians were\nkilled by shelling.\n"
        "• In Lamm region, 4 were injured."
    )
    assert claim_fields(text, "en", ("category", "count")) == [("killed", 12), ("injured", 4)]
