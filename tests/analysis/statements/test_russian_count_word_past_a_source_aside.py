"""«Число беженцев, по данным мэрии, составляет 900»: an aside that says whose figure it is
stands between a Russian count word and its verb; the count word still names what the number
counts. An aside of another kind (a participle clause) is no source. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


def test_count_word_past_a_source_aside():
    text = "Число раненых, по предварительным оценкам, составляет 64 человека."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 64)]


def test_count_word_past_an_aside_of_whose_words():
    text = "Число задержанных, по словам адвокатов, превысило 300."
    assert claim_fields(text, "ru", FIELDS) == [("detained", 300)]
