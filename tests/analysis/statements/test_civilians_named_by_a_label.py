"""A key-figure line whose label names civilians («из них гражданских лиц ..... 13») counts
civilians where a line beside it counts servicemen, as a count followed by the word does.
Lines written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")

_LINES = """Итоги обмена:
  Вернулись из плена ............ 60
    из них военнослужащих ........ 52
    из них {label} ........ 8
"""


def test_a_label_of_civilians_beside_servicemen():
    claims = claim_fields(_LINES.format(label="гражданских лиц"), "ru", FIELDS)
    assert ("released", "servicemen", 52, 0) in claims
    assert ("released", "civilians", 8, 0) in claims


def test_near_miss_a_label_of_the_wounded_names_no_group():
    claims = claim_fields(_LINES.format(label="раненых"), "ru", FIELDS)
    assert not any(c[1] == "civilians" for c in claims)
