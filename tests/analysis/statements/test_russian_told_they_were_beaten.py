"""«Трое освобождённых говорят, что их били»: persons who say they were beaten were tortured,
told with the plain verb of saying too. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_released_say_they_were_beaten():
    text = "Задержаны 11 человек, семерых отпустили. Пятеро освобождённых говорят, что их били."
    assert claim_fields(text, "ru", FIELDS)[-1] == ("tortured", 5, 1)
