"""A single capital letter and a stop end the sentence when a word that opens sentences
follows ("… in Ward B. The rest …"); an initial before a surname ("J. Harlan") ends none.
Sentences written here."""

from __future__ import annotations

from rightsledger.analysis.statements.tokens import sentences, tokenize


def _count(text: str) -> int:
    return len(list(sentences(tokenize(text))))


def test_a_letter_naming_a_place_ends_its_sentence():
    assert _count("Nine patients were moved to Ward B. The rest stayed in Ward A.") == 2


def test_an_initial_before_a_surname_ends_no_sentence():
    # Near miss: "J. Harlan" is one name.
    assert _count("The report was signed by J. Harlan on Monday.") == 1
