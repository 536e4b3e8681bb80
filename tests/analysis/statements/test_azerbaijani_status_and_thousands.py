"""Azerbaijani counts of persons holding a status ("məcburi köçkün statusu olan 90 min şəxs",
"qaçqın statuslu 900 nəfər") are counts of those the status names: displaced. Their parts in
thousands ("onlardan 30 min nəfəri uşaqdır", "4 min 200 nəfəri isə 65 yaşdan yuxarıdır") keep
the group their predicate names: "min" (thousand) is no genitive owning "nəfəri". A status
that is no fate ("tələbə statusu olan") or one applied for names none. Sentences written
here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "subgroup", "count", "qualifier", "parent"))


def test_persons_with_the_status_of_the_displaced_and_their_parts():
    text = (
        "Rayonda məcburi köçkün statusu olan 90 mindən çox şəxs yaşayır; onlardan 30 min "
        "nəfəri uşaqdır, 4 min 200 nəfəri isə 65 yaşdan yuxarıdır."
    )
    assert _read(text) == [
        ("displaced", "all", 90000, "at_least", None),
        ("displaced", "children", 30000, "exact", 0),
        ("displaced", "elderly", 4200, "exact", 0),
    ]


def test_refugees_by_an_adjective_of_the_status():
    assert _read("Şəhərdə qaçqın statuslu 900 nəfər qeydiyyatdadır.") == [
        ("displaced", "all", 900, "exact", None)
    ]


def test_a_part_in_thousands_said_to_be_children():
    text = "Münaqişə zamanı 75 min nəfər evini tərk edib, onlardan 20 min nəfəri uşaqdır."
    assert _read(text) == [
        ("displaced", "all", 75000, "exact", None),
        ("displaced", "children", 20000, "exact", 0),
    ]


def test_near_miss_a_status_that_is_no_fate():
    assert _read("Ölkədə tələbə statusu olan 900 nəfər yaşayır.") == []


def test_near_miss_a_status_applied_for():
    assert _read("Ötən il qaçqın statusu almaq üçün 900 nəfər müraciət edib.") == []
