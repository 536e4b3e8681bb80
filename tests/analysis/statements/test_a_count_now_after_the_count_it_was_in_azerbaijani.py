""" "Yaralıların sayı səhər 14 idi, günorta daha ikisi gətirildi, indi 16 nəfərdir": a count
after "indi" (now) restates the count a count word said the number was ("idi"), and counts what
it counts. Sentences written here."""

from __future__ import annotations

from tests.analysis.statements.fields import claim_fields


def _read(text: str) -> list[tuple]:
    return claim_fields(text, "az", ("category", "count", "parent"))


def test_the_count_now_counts_what_the_count_word_named():
    text = "İtkin düşənlərin sayı səhər 9 idi, indi 12 nəfərdir."
    assert ("missing", 12, None) in _read(text)


def test_a_part_after_the_count_now_is_of_it():
    text = (
        "Həlak olanların sayı səhər 9 idi, günorta daha üç cəsəd tapıldı, indi 12 nəfərdir; "
        "həlak olanlardan 4-ü uşaqdır."
    )
    read = _read(text)
    assert ("killed", 4, read.index(("killed", 12, None))) in read


def test_near_miss_a_count_now_with_a_verb_of_its_own():
    text = "İtkin düşənlərin sayı səhər 9 idi, indi 12 nəfər düşərgədə qalır."
    assert ("missing", 12, None) not in _read(text)
