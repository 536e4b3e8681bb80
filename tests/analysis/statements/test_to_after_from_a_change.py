"""«до» after the count a change started from is where the count went, not "up to": «Число
раненых возросло с двенадцати до двадцати», «выросло с 12 до 20 человек» (in words and with
the persons named, as in digits alone before). Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


@pytest.mark.parametrize(
    ("text", "category", "low", "high"),
    [
        ("Число раненых возросло с двенадцати до двадцати.", "injured", 12, 20),
        ("Число погибших выросло с 12 до 20 человек.", "killed", 12, 20),
        ("Число погибших выросло с двенадцати до двадцати человек.", "killed", 12, 20),
        ("Число задержанных сократилось с 40 до 25 человек.", "detained", 40, 25),
    ],
)
def test_the_count_after_a_change_is_exact(text, category, low, high):
    assert claim_fields(text, "ru") == [
        (category, "all", low, None, None, "exact", None),
        (category, "all", high, None, None, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Погибли до 40 человек.", "ru"),
        ("Погибло до сорока человек.", "ru"),
    ],
)
def test_do_with_no_change_before_is_up_to(text, language):
    assert claim_fields(text, language, ("count", "qualifier")) == [(40, "at_most")]


@pytest.mark.parametrize(
    ("text", "category", "counts"),
    [
        ("Ölənlərin sayı 12-dən 41-ə qədər artıb.", "killed", [12, 41]),
        ("Ölənlərin sayı 41-ə qədər artıb.", "killed", [41]),
        ("Yaralananların sayı 30-dan 50-yə qədər yüksəlib.", "injured", [30, 50]),
    ],
)
def test_azerbaijani_qeder_before_a_verb_of_change_is_to(text, category, counts):
    assert claim_fields(text, "az") == [
        (category, "all", count, None, None, "exact", None) for count in counts
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("200 nəfərə qədər insan həlak olub.", ("killed", 200, None, None, "at_most")),
        ("30-dan 40-a qədər insan həlak olub.", ("killed", None, 30, 40, "range")),
    ],
)
def test_azerbaijani_qeder_with_no_change_is_up_to(text, claim):
    fields = ("category", "count", "count_low", "count_high", "qualifier")
    assert claim_fields(text, "az", fields) == [claim]
