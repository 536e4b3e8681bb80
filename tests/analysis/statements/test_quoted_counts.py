"""A count quoted from a source ('detained "some 40" students', 'put the number of wounded
at "about 90"') is read as the same count unquoted; a quoted sentence keeps its marks.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements.quoted_counts import unquote_counts
from rightsledger.analysis.statements.tokens import tokenize


def figures(text: str) -> list[tuple]:
    return claim_fields(text, "en", ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Police said they had detained "some 40" students.', ("detained", 40, "about")),
        ("The clinic put the number of wounded at “about 90”.", ("injured", 90, "about")),
        ('Rebels said they had seized "12" soldiers.', ("captured", 12, "exact")),
    ],
)
def test_a_quoted_count_is_read_as_unquoted(text, expected):
    assert figures(text) == [expected]


def test_marks_around_more_than_a_count_stay():
    tokens = tokenize('He said "four more were shot" and left; the ministry said "40".')
    kept = [t.text for t in unquote_counts(tokens, "en")]
    assert kept.count('"') == 2  # the quoted sentence's marks, not the lone count's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полиция сообщила о задержании «около сорока» студентов.", ("detained", 40, "about")),
        ("В больнице назвали число раненых — «порядка девяноста».", ("injured", 90, "about")),
        ("Власти сообщили о задержании «двухсот пятидесяти» человек.", ("detained", 250, "exact")),
    ],
)
def test_a_quoted_russian_count_in_words_is_read_as_unquoted(text, expected):
    assert claim_fields(text, "ru", ("category", "count", "qualifier")) == [expected]


def test_russian_marks_around_more_than_a_count_stay():
    text = "Министр назвал задержания «единичными случаями», задержаны 40 человек."
    assert claim_fields(text, "ru", ("category", "count")) == [("detained", 40)]
