"""The Azerbaijani passive of "etmək" ("edil-") and of "olmaq" ("olun-") after a noun say the
same ("azad edilib", "azad olunub"); a lexicon writes one and gets both, with the suffix's
vowels in harmony with the light verb. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

from rightsledger.analysis.statements.lexicon.az_verbs import with_passive_forms


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier"))


def test_the_suffix_follows_the_light_verb():
    forms = with_passive_forms({"edam edil*": "killed", "aşkar olunmayıb": "not_found"})
    assert forms["edam olun*"] == "killed"
    assert forms["aşkar edilməyib"] == "not_found"
    assert with_passive_forms({"rədd edilmişdi": "prior"})["rədd olunmuşdu"] == "prior"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Məhkəməsiz olaraq 14 nəfər edam olunub.", ("killed", "all", 14)),
        ("Məhkəməsiz olaraq on dörd nəfər edam edilib.", ("killed", "all", 14)),
        ("Kənddə 40 ev talan olunaraq yandırılıb.", ("property_destroyed", "homes", 40)),
        ("Kənddə 40 ev məhv olunub.", ("property_destroyed", "homes", 40)),
    ],
)
def test_either_passive_reads_alike(text, expected):
    assert _read(text) == [(*expected, "exact")]
