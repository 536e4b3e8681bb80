"""Bodies found after others: "the bodies of another 12 people", «тела ещё 12 человек», "daha
12 nəfərin cəsədi" count bodies found, as "the bodies of 12 people" do, wherever they were
found (under the rubble is no missing). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The bodies of another 12 people were found under the rubble.", "en"),
        ("Rescuers recovered the bodies of a further 12 people on Tuesday.", "en"),
        ("Под завалами обнаружены тела ещё 12 человек.", "ru"),
        ("Спасатели извлекли тела еще 12 человек.", "ru"),
        ("Dağıntılar altından daha 12 nəfərin cəsədi tapılıb.", "az"),
    ],
)
def test_the_bodies_of_more_are_found_dead(text, language):
    fields = ("category", "subgroup", "count", "parent")
    assert claim_fields(text, language, fields) == [("found_dead", "all", 12, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Another 12 people are still under the rubble.", "en"),
        ("Под завалами остаются ещё 12 человек.", "ru"),
    ],
)
def test_more_persons_under_the_rubble_are_missing(text, language):
    assert claim_fields(text, language, ("category", "count")) == [("missing", 12)]
