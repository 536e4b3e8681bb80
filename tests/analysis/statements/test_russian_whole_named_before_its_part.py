"""«Из раненых пятеро …», «Из задержанных 12 …»: a clause that opens with «из» and persons named
by their fate, the number right after, takes that many of them, as «из числа раненых» does;
«из» before a place is no such whole. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("После обстрела ранения получили 23 человека. Из раненых шестеро в реанимации.",
         ("injured", 6, 0)),
        ("На площади задержаны 70 человек. Из задержанных 15 подверглись избиениям.",
         ("tortured", 15, 0)),
    ],
)  # fmt: skip
def test_a_whole_named_before_its_part(text, part):
    assert claim_fields(text, "ru", FIELDS)[1] == part


def test_near_miss_from_a_place_named_by_a_participle():
    text = "В районе ранены 23 человека. Из пострадавших сёл эвакуированы 400 жителей."
    assert claim_fields(text, "ru", FIELDS)[1] == ("displaced", 400, None)
