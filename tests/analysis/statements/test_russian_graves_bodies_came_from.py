"""«извлекла тела 40 человек из шести мест захоронений»: the graves counted after «из» are
burial sites in any case and number («мест захоронений»), and the larger count before «из» is
no part of them — «из» says where the bodies came from. A part smaller than the count after
«из» is still a part of it. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields

FIELDS = ("category", "count", "parent")


def test_bodies_recovered_from_graves_counted():
    text = "За месяц эксперты извлекли тела 40 человек из шести мест захоронений."
    assert claim_fields(text, "ru", FIELDS) == [("found_dead", 40, None), ("burial_sites", 6, None)]


def test_near_miss_a_part_of_the_count_after_from():
    text = "В больницу доставлены 9 человек из 40 пострадавших."
    assert claim_fields(text, "ru", FIELDS) == [("injured", 9, 1), ("injured", 40, None)]


def test_bodies_exhumed_in_the_active_voice():
    text = "С весны эксперты эксгумировали на кладбище 58 тел; опознаны 31."
    assert claim_fields(text, "ru", FIELDS)[0] == ("found_dead", 58, None)
