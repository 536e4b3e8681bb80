"""Russian verbs of an act read by their dictionary form, so the active past, the present and
both aspects are read as the passive participle is: «депортировали», «выселяют», «изгнали»,
«схватили». Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "subgroup", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Весной власти депортировали 4000 человек.", ("displaced", "all", 4000)),
        ("Отряды изгнали из сёл четыре тысячи жителей.", ("displaced", "all", 4000)),
        ("Власти выселили 4000 жителей посёлка.", ("displaced", "all", 4000)),
        ("Власти продолжают выселять 4000 жителей посёлка.", ("displaced", "all", 4000)),
        ("Каратели изгоняют 4000 жителей из долины.", ("displaced", "all", 4000)),
        ("Во время акции полицейские схватили 20 человек.", ("detained", "all", 20)),
        ("Во время акции были схвачены двадцать человек.", ("detained", "all", 20)),
    ],
)
def test_the_active_verb_reads_as_the_passive_does(text, expected):
    assert _read(text) == [(*expected, "exact")]


def test_the_passive_still_reads():
    assert _read("Из посёлка выселены 4000 жителей.") == [("displaced", "all", 4000, "exact")]
