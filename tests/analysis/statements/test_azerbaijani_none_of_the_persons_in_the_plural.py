"""Azerbaijani "there are none" after the participle that names the persons in the plural
("İtkin düşənlər yoxdur", "Ölənlər yoxdur") is a zero of that act, as the singular "itkin
düşən yoxdur" is. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Partlayışdan sonra axtarışlar bitib. İtkin düşənlər yoxdur.", "missing"),
        ("Yanğında 14 nəfər yaralanıb, ölənlər yoxdur.", "killed"),
        ("Rəsmi məlumata görə, həlak olanlar yoxdur.", "killed"),
    ],
)
def test_none_of_the_persons_named_in_the_plural(text, category):
    assert (category, 0) in claim_fields(text, "az", FIELDS)


def test_near_miss_a_participle_of_no_act_gives_no_zero():
    assert claim_fields("Kənddə qalanlar yoxdur.", "az", FIELDS) == []  # none stayed behind
