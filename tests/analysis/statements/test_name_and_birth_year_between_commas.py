"""Who the one counted is, by surname, initials and year of birth between commas («один из
них, Сомов Д. А., 1975 года рождения, умер», «…, 1975 г. р., …»), is no count and does not
part the count from its verb, as ages between commas do not. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "aside",
    ["Сомов Д. А., 1975 года рождения", "Сомов Д. А.", "1975 года рождения", "1975 г. р."],
)
def test_the_part_reaches_its_verb_past_the_aside(aside):
    text = f"Пятерых пленных избивали, а один из них, {aside}, умер в больнице."
    assert claim_fields(text, "ru", FIELDS) == [("tortured", 5, None), ("killed", 1, 0)]


def test_the_year_of_birth_is_no_count():
    # Near miss: a year of birth after a name counts no one.
    assert claim_fields("Задержан Сомов Д. А., 1975 года рождения.", "ru", FIELDS) == []
