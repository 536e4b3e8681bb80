"""Azerbaijani: fractures consistent with a beating seen on remains found, counted in persons
in the locative ("sınıqlar 11 nəfərdə"), are marks of torture: a tortured part of the found
dead, not injured persons. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    "text",
    [
        "Quyulardan 40 nəfərin qalıqları çıxarılıb. Döyülmə ilə uyğun gələn kəllə "
        "sınıqları 11 nəfərdə müşahidə olunub.",
        "Quyulardan 40 nəfərin qalıqları çıxarılıb. Kəllə sümüyündə güllə izləri 20 "
        "nəfərdə, döyülmə ilə uyğun gələn sınıqlar isə 11 nəfərdə aşkarlanıb.",
    ],
)
def test_fractures_of_a_beating_on_remains_are_torture(text):
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("found_dead", 40, None),
        ("tortured", 11, 0),
    ]


def test_fractures_of_the_living_stay_injuries():
    text = "Aksiyada 40 nəfər döyülüb, onlardan 11-i sınıqlar alıb."
    assert claim_fields(text, "az", ("category", "count", "parent")) == [
        ("tortured", 40, None),
        ("injured", 11, 0),
    ]
