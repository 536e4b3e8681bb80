"""«в 12 из которых задержанные подверглись пыткам», «в 7 из них задержанных избивали»: a
participle right after «из них», «из которых» names the persons of the part; the verb after
it says what befell them. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Наблюдатели зафиксировали 30 случаев задержания, в 12 из которых задержанные "
        "подверглись пыткам.",
        "Наблюдатели зафиксировали 30 случаев задержания, в 12 из них задержанных избивали.",
    ],
)
def test_the_verb_after_the_participle_is_the_parts(text):
    assert claim_fields(text, "ru", FIELDS) == [("detained", 30, None), ("tortured", 12, 0)]


def test_a_participle_with_no_verb_after_it_keeps_its_act():
    # Near miss: with no verb after it, the participle says what the part is.
    text = "Задержаны 30 человек, 12 из них задержанные в парке."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("detained", 12, 0)
