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
