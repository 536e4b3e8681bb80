"""A figure sheet written a count first on each line, a dash, then what it counts, each entry
ending its line without a stop («15 — задержанных за неделю», "0 - deaths"): each entry is read
as a sentence of its own, the dash only setting the count off from its words. A number for
another period in a parenthesis after the entry's words («(неделей ранее — 70)») is a figure
of its own. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


def test_russian_sheet():
    text = (
        "ИТОГИ НЕДЕЛИ\n\n"
        "85 — задержанных в трёх городах (неделей ранее — 70)\n"
        "   из них 9 женщин\n"
        "0 — погибших\n"
        "7 — раненых в ходе разгона\n"
        "5 — суток без связи"
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 85, None),
        ("detained", "all", 70, None),
        ("detained", "women", 9, 0),
        ("killed", "all", 0, None),
        ("injured", "all", 7, None),
    ]


def test_english_sheet():
    text = "THE DAY IN NUMBERS\n\n0 - deaths\n14 - people injured at the march\n"
    assert claim_fields(text, "en", FIELDS) == [
        ("killed", "all", 0, None),
        ("injured", "all", 14, None),
    ]


def test_near_miss_a_single_line_is_no_sheet():
    # One line opening with a count and a dash carries on the sentence before it.
    text = "Погибли\n12 — столько же, сколько накануне."
    assert claim_fields(text, "ru", ("category", "count")) == [("killed", 12)]


def test_near_miss_a_range_of_days_opens_no_entry():
    text = "Акции прошли\n14 – 15 мая\n16 – 17 мая\nв трёх городах; задержаны 30 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("detained", 30)]


def test_another_period_after_the_words_of_a_russian_figure():
    text = "За неделю задержаны 40 человек в двух городах (неделей ранее — 25)."
    assert claim_fields(text, "ru", ("category", "count", "parent")) == [
        ("detained", 40, None),
        ("detained", 25, None),
    ]
