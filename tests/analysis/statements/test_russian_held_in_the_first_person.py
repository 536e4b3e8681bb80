"""«Нас держали в ангаре, человек тридцать»: a witness says they were held with the first
person as the object of «держать» / «содержать» (kept); the persons kept are detained, as
persons held are when nothing calls them hostages, and kept as hostages («держали в
заложниках») they are captured. Kept in the know («держали в курсе») is no holding, and a
verb with no first person as its object holds nobody. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "ru", ("category", "count", "qualifier"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нас держали в ангаре на окраине, человек тридцать.", ("detained", 30, "about")),
        ("Три недели держали нас в бывшем складе, человек пятьдесят.", ("detained", 50, "about")),
        ("Нас содержали в клубе, человек восемьдесят, может, больше.", ("detained", 80, "about")),
        (
            "Нас держали в заложниках на ферме. Всего там было человек двадцать.",
            ("captured", 20, "about"),
        ),
    ],
)
def test_persons_kept_said_in_the_first_person_are_held(text, expected):
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Нас держали в курсе событий, звонили человек десять.",
        "Мы ждали в ангаре на окраине, человек тридцать.",
        "Нас держали в ангаре неделю, мне тогда было 17 лет.",
    ],
)
def test_no_first_person_kept_or_nothing_counted_is_no_figure(text):
    assert _read(text) == []
