"""The sum of what a clause did, after its colon: "They took hostages: in all, 23", «Боевики
убивали мирных жителей: всего 14 человек», "Silahlılar dinc sakinləri öldürüblər: cəmi 14
nəfər". The clause before the colon names the act as a label does; in a clause with a
subject, the noun after the verb is whom the count counts, not the subject. Sentences
written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str, language: str) -> list[tuple]:
    return claim_fields(text, language, ("category", "subgroup", "count"))


@pytest.mark.parametrize(
    ("text", "language", "category", "count", "subgroup"),
    [
        ("They took hostages: in all, 23.", "en", "captured", 23, "all"),
        # The civilians named right before the colon are whom the sum counts.
        ("The soldiers killed civilians: a total of 14.", "en", "killed", 14, "civilians"),
        # … though not yet where the sum names persons of its own («человек», "nəfər").
        ("Боевики убивали мирных жителей: всего 14 человек.", "ru", "killed", 14, "all"),
        ("Каратели расстреливали пленных: итого 14 человек.", "ru", "killed", 14, "all"),
        ("Silahlılar dinc sakinləri öldürüblər: cəmi 14 nəfər.", "az", "killed", 14, "all"),
    ],
)
def test_a_sum_after_the_colon_counts_the_act_before_it(text, language, category, count, subgroup):
    assert _read(text, language) == [(category, subgroup, count)]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("The soldiers killed civilians: fourteen in all.", "civilians"),
        ("Soldiers executed prisoners: 14 in total.", "all"),
    ],
)
def test_the_subject_of_the_clause_is_not_whom_it_counts(text, subgroup):
    assert _read(text, "en") == [("killed", subgroup, 14)]


def test_a_label_names_its_persons_before_their_fate():
    assert _read("Children killed by soldiers: 14.", "en") == [("killed", "children", 14)]
