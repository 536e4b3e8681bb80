"""«Уточнение: ранее сообщалось о 9 погибших. Погибли 8 человек»: a line of update that says
what was reported earlier gives the figure it replaces, then the new one; the earlier one is no
claim. Said earlier and not replaced, or with no line of update, it stands. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count")
OPENING = "Обстрел Лесногорска: онлайн\n\n08:10 Погибли девять человек, ранены 20.\n\n"


def test_the_figure_said_earlier_in_the_update_is_replaced():
    text = OPENING + "09:30 Уточнение: ранее сообщалось о 9 погибших. Погибли восемь человек."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 20), ("killed", 8)]


def test_a_figure_said_earlier_and_not_replaced_stands():
    text = OPENING + "09:30 Уточнение: ранее сообщалось о 20 раненых. Погибли восемь человек."
    assert ("injured", 20) in claim_fields(text, "ru", FIELDS)


def test_without_a_line_of_update_the_earlier_figure_stands():
    text = "Погибли восемь человек. Ранее власти сообщали о девяти погибших."
    assert claim_fields(text, "ru", FIELDS) == [("killed", 8), ("killed", 9)]
