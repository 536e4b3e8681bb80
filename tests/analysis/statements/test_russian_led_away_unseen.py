"""Russian: persons led or taken away and never seen again have disappeared, the object of
the verb of taking in the sentence that says so or the one before it. Sentences written here."""

from __future__ import annotations

import pytest
from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "subgroup", "count", "parent")


@pytest.mark.parametrize(
    "text",
    [
        "Ночью четверых соседей увели, и больше их никто не видел.",
        "Четверых соседей куда-то увезли на машине, с тех пор их никто не видел.",
        "Утром солдаты забрали четверых соседей. Больше мы их не видели.",
    ],
)
def test_led_away_and_never_seen_again(text):
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", "all", 4, None)]


def test_a_count_of_the_held_read_as_such_is_read_again():
    text = "Боевики схватили 9 мужчин, больше их никто не видел."
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", "men", 9, None)]


def test_of_the_held_told_before():
    text = (
        "Нас держали в гараже, человек тридцать. Двоих однажды ночью вывели, больше их не видели."
    )
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "all", 30, None),
        ("disappeared", "all", 2, 0),
    ]


def test_near_miss_the_rest_not_seen_is_no_object_of_taking():
    text = "Военные забрали шестерых мужчин. Через день вернулись двое. Остальных четверых мы больше не видели."
    assert claim_fields(text, "ru", FIELDS)[2] == ("missing", "men", 4, 0)


def test_near_miss_a_count_in_a_clause_of_its_own():
    text = "Брата увезли на автобусе — в автобусе было человек двадцать. Больше я его не видел."
    assert all(f[0] != "disappeared" for f in claim_fields(text, "ru", FIELDS))


def test_a_count_set_beside_the_group_led_away_counts_it():
    text = "Пришли автоматчики и увели всех женщин, человек восемь. Больше мы их не видели."
    assert claim_fields(text, "ru", FIELDS) == [("disappeared", "women", 8, None)]


def test_near_miss_a_part_of_a_whole_not_read_is_left():
    text = "Их согнали к школе. Четверых из них увели, и больше их не видели."
    assert claim_fields(text, "ru", FIELDS) == []


@pytest.mark.parametrize("taken", ["затолкали в грузовик и увезли", "посадили в машину и увезли"])
def test_the_object_of_predicates_joined_by_and_led_away(taken):
    text = f"Боевики схватили 9 мужчин. Четверых из них {taken}, больше их никто не видел."
    assert claim_fields(text, "ru", FIELDS) == [
        ("detained", "men", 9, None),
        ("disappeared", "men", 4, 0),
    ]


def test_near_miss_a_verb_not_joined_by_and_keeps_its_own_object():
    text = "Боевики схватили 9 мужчин. Четверых из них отпустили, потом увезли соседа, больше его никто не видел."
    assert ("disappeared", "men", 4, 0) not in claim_fields(text, "ru", FIELDS)
