"""English "One detainee, Mr Ilan Doss, died": one person, named by a title and a name in
apposition after the noun, is that person, no count of one. One person counted with no name
after ("One detainee died in custody") stays as the sentence reads. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count"))


def test_one_named_by_a_title_and_name_is_no_count():
    text = "Police held 30 protesters overnight. One protester, Ms Vera Holm, was beaten."
    assert _read(text) == [("detained", 30)]


def test_one_named_at_the_start_of_the_text():
    text = "One nurse, Dr Ilse Marr, was killed when the clinic was shelled."
    assert _read(text) == []


def test_near_miss_one_with_no_name_after():
    text = "One nurse was killed when the clinic was shelled."
    assert _read(text) == [("killed", 1)]
