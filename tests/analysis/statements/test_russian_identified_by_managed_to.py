"""«удалось установить личности 9 из них», «личности девяти из них удалось установить»,
«удалось опознать 9»: what was managed is done, so they are identified; a «не» inside the
split predicate («личности 9 из них не установлены», «… не удалось установить») denies it.
Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "В овраге найдены останки 17 человек; удалось установить личности 9 из них.",
        "В овраге найдены останки 17 человек; личности девяти из них удалось установить.",
        "В овраге найдены останки 17 человек; удалось опознать девять из них.",
    ],
)
def test_identification_managed_is_done(text):
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 17, None), ("identified", 9, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "В овраге найдены останки 17 человек. Личности 9 из них не установлены.",
        "В овраге найдены останки 17 человек; личности девяти из них не удалось установить.",
        "В овраге найдены останки 17 человек. Не удалось установить личности 9 из них.",
    ],
)
def test_identification_denied_inside_the_predicate_is_not_done(text):
    assert ("identified", 9, 0) not in claim_fields(text, "ru", FIELDS)


def test_identification_still_to_do_is_not_done():
    # Near miss: what must still be done is not done.
    text = "В овраге найдены останки 17 человек; необходимо установить личности всех погибших."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 17, None)]
