"""An aside between commas that says who the persons counted mostly were (", mostly women and
children from the eastern districts,") may run longer than a short comment, and the count's
verb is read across it. An aside that opens otherwise stays short, and a clause after the
verb ("… gathered, mostly relatives of those detained") is no verb of the count. Sentences
written here."""

from __future__ import annotations

from rightsledger.analysis.statements import read_statement


def _read(text: str) -> list[tuple[str, int | None, str]]:
    claims = read_statement(text, "en").claims
    return [(c.category, c.count, c.qualifier) for c in claims]


def test_the_verb_across_a_long_description():
    text = (
        "Some 400 people, mostly women and children from the eastern districts of the city, "
        "were evacuated overnight."
    )
    assert _read(text) == [("displaced", 400, "about")]


def test_a_description_after_the_verb_gives_no_other_verb():
    text = "Some 400 people gathered at the gate, mostly relatives of those detained in May."
    assert _read(text) == []


def test_the_verb_across_what_most_of_them_were():
    text = "At least 23 migrants, most of them young men and teenage boys, drowned off the cape."
    assert _read(text) == [("killed", 23, "at_least")]


def test_the_verb_across_what_many_of_them_bore():
    text = "Nineteen bodies, many bearing signs of torture, were recovered from the well."
    assert _read(text) == [("found_dead", 19, "exact")]


def test_near_miss_an_aside_with_its_own_count_is_no_description():
    # The count inside is a part, not a description: the verb is still read across.
    text = "Forty villagers, most of them from Alto, fled; 12 of them were later detained."
    assert _read(text) == [("displaced", 40, "exact"), ("detained", 12, "exact")]


def test_marks_that_all_of_them_bore_are_a_part_as_large_as_its_whole():
    text = "Nineteen bodies, all bearing signs of torture, were recovered from the well."
    assert _read(text) == [("found_dead", 19, "exact"), ("tortured", 19, "exact")]
