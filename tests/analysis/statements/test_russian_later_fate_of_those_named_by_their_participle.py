"""«Двенадцать похищенных освобождены. Не менее восьми освобождённых рассказали, что их
избивали»: Russian names those of an earlier figure by the participle of their fate after
the number; with a later fate of their own they are some of that figure's persons (the
released who tell of their captivity), if they fit in it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_the_released_who_tell_of_beatings():
    text = (
        "Боевики похитили 30 человек. Двенадцать похищенных позднее освобождены. "
        "Не менее восьми освобождённых рассказали, что их избивали."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("captured", 30, None),
        ("released", 12, 0),
        ("tortured", 8, 1),
    ]


def test_the_taken_who_died():
    text = "Вооружённые люди похитили 9 человек. Позднее трое похищенных скончались от побоев."
    assert claim_fields(text, "ru", FIELDS)[1] == ("killed", 3, 0)


def test_more_than_the_released_are_no_part_of_them():
    # Near miss: 20 do not fit in the 12 released.
    text = (
        "Двенадцать заложников освобождены. Позднее 20 освобождённых рассказали, что их избивали."
    )
    assert claim_fields(text, "ru", FIELDS)[1] == ("tortured", 20, None)
